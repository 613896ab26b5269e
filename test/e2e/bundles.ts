import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateBundle } from '../../src/generate/index.js';
import { readCsv, writeCsv } from '../helpers/api.js';
import { tempDir } from '../helpers/bundle.js';

export interface E2eBundles {
  /** A valid sample zip, as `rosterhub generate --out x.zip` writes it. */
  zip: string;
  users: number;
  /** The same bundle as loose CSV files, with one bad cell: users.csv `enabledUser` at `badLine`. */
  invalidFiles: string[];
  badLine: number;
  badValue: string;
}

export async function e2eBundles(): Promise<E2eBundles> {
  const dir = tempDir('rh-e2e-bundle-');
  const zip = join(dir, 'sample.zip');
  const r = await generateBundle({ out: zip, schools: 1, students: 120, seed: 7 });
  const folder = join(dir, 'invalid');
  await generateBundle({ out: folder, schools: 1, students: 120, seed: 7 });
  const users = readCsv(join(folder, 'users.csv'));
  // Data row 6 sits on line 7 (the header is line 1).
  const badValue = 'maybe';
  users.rows[5]!.enabledUser = badValue;
  writeCsv(join(folder, 'users.csv'), users);
  return {
    zip,
    users: r.files.users!,
    invalidFiles: readdirSync(folder).map((f) => join(folder, f)),
    badLine: 7,
    badValue,
  };
}
