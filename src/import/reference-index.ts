import { FILES_BY_NAME, ROSTER_FILES, type FileName } from '../model/index.js';
import type { FileMode } from '../model/manifest.js';
import type { IssueCollector } from './issues.js';

/** Looks up records already in the tenant's store (import only; `validate` has no store). */
export interface StoreLookup {
  /** The active ids among `ids`, each with its type (orgs.type, academicSessions.type) or ''. */
  existing(file: FileName, ids: string[]): Promise<Map<string, string>>;
}

interface Pending {
  file: string;
  line: number;
  column: string;
  refType: string | undefined;
  code: 'ref.unresolved' | 'demographics.notUser';
}

/** Files whose records carry a type that references may constrain. */
const TYPED_FILES: ReadonlySet<FileName> = new Set(['orgs', 'academicSessions']);

/**
 * Resolves references across a bundle. Files are processed in dependency order, so a reference to
 * another file is settled when seen; same-file references wait for their file's end, and references
 * into files that are absent or delta wait for one batched store query at the end of the bundle.
 */
export class ReferenceIndex {
  private readonly known = new Map<FileName, Map<string, string>>(
    ROSTER_FILES.map((f) => [f.name, new Map()]),
  );
  private readonly sameFile = new Map<string, Pending[]>();
  private readonly toStore = new Map<FileName, Map<string, Pending>>();

  constructor(
    private readonly modes: Readonly<Record<string, FileMode>>,
    private readonly issues: IssueCollector,
  ) {}

  isTyped(file: FileName): boolean {
    return TYPED_FILES.has(file);
  }

  /** Records of files that other files reference are remembered; `type` is '' when unknown. */
  register(file: FileName, id: string, type: string): void {
    this.known.get(file)!.set(id, type);
  }

  /** True when `id` is a known record of `target` of the right type: nothing more to do. */
  resolves(target: FileName, id: string, refType: string | undefined): boolean {
    const type = this.known.get(target)!.get(id);
    return type !== undefined && (!refType || type === '' || type === refType || type.startsWith('ext:'));
  }

  check(target: FileName, id: string, from: FileName, at: Pending): void {
    const type = this.known.get(target)?.get(id);
    if (type !== undefined) return this.checkType(type, id, at);
    if (target === from) {
      const list = this.sameFile.get(id);
      if (list) list.push(at);
      else this.sameFile.set(id, [at]);
      return;
    }
    this.unresolvedInBundle(target, id, at);
  }

  /** Settles the same-file references of `file` once all its rows are known. */
  endFile(file: FileName): void {
    const ids = this.known.get(file);
    for (const [id, list] of this.sameFile) {
      const type = ids?.get(id);
      for (const at of list) {
        if (type === undefined) this.unresolvedInBundle(file, id, at);
        else this.checkType(type, id, at);
      }
    }
    this.sameFile.clear();
  }

  /** Settles references into stored data; without a store they are reported as unchecked. */
  async endBundle(store: StoreLookup | null): Promise<void> {
    for (const [target, pending] of this.toStore) {
      if (!store) {
        for (const [id, at] of pending) this.issues.add('ref.unchecked', { ...at, value: id });
        continue;
      }
      const ids = [...pending.keys()];
      for (let i = 0; i < ids.length; i += 10_000) {
        const found = await store.existing(target, ids.slice(i, i + 10_000));
        for (const id of ids.slice(i, i + 10_000)) {
          const at = pending.get(id)!;
          const type = found.get(id);
          if (type === undefined) this.report(at, id, target);
          else this.checkType(type, id, at);
        }
      }
    }
    this.toStore.clear();
  }

  private unresolvedInBundle(target: FileName, id: string, at: Pending): void {
    if (this.modes[target] === 'bulk') return this.report(at, id, target);
    let pending = this.toStore.get(target);
    if (!pending) this.toStore.set(target, (pending = new Map<string, Pending>()));
    if (!pending.has(id)) pending.set(id, at);
  }

  private checkType(type: string, id: string, at: Pending): void {
    if (!at.refType || type === '' || type === at.refType || type.startsWith('ext:')) return;
    this.issues.add('ref.wrongType', { ...at, value: id, params: { expected: at.refType, actual: type } });
  }

  private report(at: Pending, id: string, target: FileName): void {
    this.issues.add(at.code, { ...at, value: id, params: { target: FILES_BY_NAME[target].fileName } });
  }
}
