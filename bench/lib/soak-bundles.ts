import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBundle } from '../../src/generate/index.js';

/**
 * The soak's bundles: one generated base, and numbered variants of it that each rename a different
 * twentieth of the users and leave out a different fiftieth of the enrollments (bulk files, so the
 * left-out ones become `tobedeleted` and the previous variant's come back). Every upload therefore
 * really changes records, and what the store must look like after it is known exactly.
 */

export interface Expected {
  variant: number;
  dir: string;
  users: number;
  classes: number;
  /** Rows in enrollments.csv (active after the upload) and in the base (every enrollment ever stored). */
  enrollmentsActive: number;
  enrollmentsAll: number;
  /** The marker in the renamed users' givenName, and which users carry it. */
  marker: string;
  renamed: string[];
}

export const RENAMED_EVERY = 20;
const DROPPED_EVERY = 50;

interface Csv {
  header: string;
  rows: string[];
  eol: string;
}

function readCsv(path: string): Csv {
  const text = readFileSync(path, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [header, ...rows] = text.split(eol).filter((l) => l.length > 0);
  return { header: header!, rows, eol };
}

const cells = (line: string) => line.slice(1, -1).split('","');
const unquoteHeader = (h: string) => cells(h).map((c) => c.replace(/^\uFEFF"?/, ''));

export class SoakBundles {
  private base!: { users: Csv; enrollments: Csv; classes: number };
  /** Each user's givenName in the base bundle, by sourcedId. */
  readonly baseGivenNames = new Map<string, string>();

  constructor(private readonly root: string) {}

  async generate(opts: { schools: number; students: number }): Promise<Expected> {
    const dir = join(this.root, 'base');
    await generateBundle({ out: dir, schools: opts.schools, students: opts.students, seed: 'soak' });
    this.base = {
      users: readCsv(join(dir, 'users.csv')),
      enrollments: readCsv(join(dir, 'enrollments.csv')),
      classes: readCsv(join(dir, 'classes.csv')).rows.length,
    };
    const given = unquoteHeader(this.base.users.header).indexOf('givenName');
    for (const line of this.base.users.rows) {
      const c = cells(line);
      this.baseGivenNames.set(c[0]!, c[given]!);
    }
    return {
      variant: 0,
      dir,
      users: this.base.users.rows.length,
      classes: this.base.classes,
      enrollmentsActive: this.base.enrollments.rows.length,
      enrollmentsAll: this.base.enrollments.rows.length,
      marker: '-soak',
      renamed: [],
    };
  }

  /** Writes variant `v` (≥ 1) beside the base and says what the store holds once it is applied. */
  variant(v: number): Expected {
    const baseDir = join(this.root, 'base');
    const dir = join(this.root, `v${v}`);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(baseDir)) copyFileSync(join(baseDir, f), join(dir, f));
    const marker = `-v${v}-soak`;
    const { users, enrollments } = this.base;
    const given = unquoteHeader(users.header).indexOf('givenName');
    const renamed: string[] = [];
    const userRows = users.rows.map((line, i) => {
      if (i % RENAMED_EVERY !== v % RENAMED_EVERY) return line;
      const c = cells(line);
      c[given] = `${c[given]}${marker}`;
      renamed.push(c[0]!);
      return `"${c.join('","')}"`;
    });
    const kept = enrollments.rows.filter((_, i) => i % DROPPED_EVERY !== v % DROPPED_EVERY);
    writeFileSync(join(dir, 'users.csv'), [users.header, ...userRows, ''].join(users.eol));
    writeFileSync(join(dir, 'enrollments.csv'), [enrollments.header, ...kept, ''].join(enrollments.eol));
    return {
      variant: v,
      dir,
      users: users.rows.length,
      classes: this.base.classes,
      enrollmentsActive: kept.length,
      enrollmentsAll: enrollments.rows.length,
      marker,
      renamed,
    };
  }
}
