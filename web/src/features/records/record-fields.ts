import type { Entity } from './record-model';

/** CSV columns whose JSON property has another name (as the server's REST binding renames them). */
const RENAMED: Record<string, string> = {
  preferredGivenName: 'preferredFirstName',
  preferredFamilyName: 'preferredLastName',
  agentSourcedIds: 'agents',
  termSourcedIds: 'terms',
  resourceSourcedIds: 'resources',
};

/**
 * The JSON name of a field named as the CSV has it (`metadata.jp.kanaGivenName`, `orgSourcedId`)
 * or as the JSON has it: the change history lists CSV names, the record JSON names.
 */
export function fieldName(name: string): string {
  const bare = name.replace(/^metadata\.jp\./, '').replace(/^./, (c) => c.toLowerCase());
  return RENAMED[bare] ?? bare.replace(/SourcedIds?$/, '');
}

/** A GUIDRef of the REST API: `{href, sourcedId, type}`. */
export interface Ref {
  sourcedId: string;
  type: string;
}

/** How one field's value is shown. */
export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'datetime'; iso: string }
  | { kind: 'status'; status: string }
  | { kind: 'refs'; refs: Ref[] }
  | { kind: 'roles'; roles: { role: string; roleType: string; org: Ref | null }[] }
  | { kind: 'lines'; lines: string[] };

export interface Field {
  /** The JSON name (`kanaGivenName` for `metadata.jp.kanaGivenName`), the label's key. */
  name: string;
  value: FieldValue;
}

const BOOLEAN_FIELDS = new Set(['enabledUser', 'primary', 'specialNeeds', 'publicFlg']);

/** The entity whose page a GUIDRef type opens. */
export const ENTITY_OF_REF: Record<string, Entity> = {
  user: 'users',
  org: 'orgs',
  class: 'classes',
  course: 'courses',
  academicSession: 'academicSessions',
};

function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && 'sourcedId' in v && 'type' in v;
}

/** Text of a scalar (the REST API renders numbers and booleans as strings already). */
function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

function valueOf(name: string, v: unknown): FieldValue | null {
  if (v === undefined || v === null || v === '') return null;
  if (name === 'status') return { kind: 'status', status: scalarText(v) };
  if (name === 'dateLastModified') return { kind: 'datetime', iso: scalarText(v) };
  if (BOOLEAN_FIELDS.has(name) && (v === 'true' || v === 'false' || typeof v === 'boolean'))
    return { kind: 'bool', value: v === true || v === 'true' };
  if (isRef(v)) return { kind: 'refs', refs: [v] };
  if (name === 'homeClass' && typeof v === 'string')
    return { kind: 'refs', refs: [{ sourcedId: v, type: 'class' }] };
  if (Array.isArray(v)) return listValue(name, v);
  return { kind: 'text', text: scalarText(v) };
}

function listValue(name: string, items: unknown[]): FieldValue | null {
  if (items.length === 0) return null;
  if (items.every(isRef)) return { kind: 'refs', refs: items };
  if (name === 'roles')
    return {
      kind: 'roles',
      roles: (items as { role?: string; roleType?: string; org?: unknown }[]).map((r) => ({
        role: String(r.role ?? ''),
        roleType: String(r.roleType ?? ''),
        org: isRef(r.org) ? r.org : null,
      })),
    };
  if (name === 'userIds')
    return {
      kind: 'lines',
      lines: (items as { type?: string; identifier?: string }[]).map((u) => `${u.type}: ${u.identifier}`),
    };
  if (items.every((i) => typeof i === 'string')) return { kind: 'text', text: items.join(', ') };
  return { kind: 'lines', lines: items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))) };
}

/**
 * The record's fields in the REST API's order, empty ones left out; `metadata.jp.*` become fields
 * of their own, other metadata keeps its dotted path. `userProfiles` is rendered by its caller.
 */
export function fieldsOf(record: Record<string, unknown>): Field[] {
  const out: Field[] = [];
  for (const [name, raw] of Object.entries(record)) {
    if (name === 'metadata' && typeof raw === 'object' && raw !== null) {
      out.push(...metadataFields(raw as Record<string, unknown>, []));
      continue;
    }
    if (name === 'userProfiles') continue;
    const value = valueOf(name, raw);
    if (value) out.push({ name, value });
  }
  return out;
}

function metadataFields(node: Record<string, unknown>, path: string[]): Field[] {
  const out: Field[] = [];
  for (const [key, raw] of Object.entries(node)) {
    const isJp = path.length === 0 && key === 'jp';
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !isRef(raw)) {
      out.push(...metadataFields(raw as Record<string, unknown>, isJp ? ['jp'] : [...path, key]));
      continue;
    }
    const name = path.length === 1 && path[0] === 'jp' ? key : ['metadata', ...path, key].join('.');
    const value = valueOf(name, raw);
    if (value) out.push({ name, value });
  }
  return out;
}

/** A user's profiles as lines: type, vendor and username (never a password). */
export function profileParts(
  record: Record<string, unknown>,
): { type: string; vendor: string; username: string }[] {
  const profiles = record.userProfiles;
  if (!Array.isArray(profiles)) return [];
  return (
    profiles as {
      profileType?: string;
      vendorId?: string;
      credentials?: { username?: string }[];
    }[]
  ).map((p) => ({
    type: p.profileType ?? '',
    vendor: p.vendorId ?? '',
    username: p.credentials?.map((c) => c.username).join(', ') ?? '',
  }));
}
