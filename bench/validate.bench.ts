/**
 * Validation throughput without a database: the ~1M-row generated bundle validated under each
 * profile, each run in its own process pinned to one core (taskset) when the machine has it.
 *
 *   npm run bench:validate
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generateBundle } from '../src/generate/index.js';

const CACHE = join(import.meta.dirname, '.cache');
const bundle = join(CACHE, 'bundle-1m.zip');
if (!existsSync(bundle)) {
  mkdirSync(CACHE, { recursive: true });
  console.error('generating 1m bundle…');
  await generateBundle({ out: bundle, students: 110_000, schools: 183, seed: 'bench' });
}

const pin = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0'] : [];
console.error(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, pinned to one core: ${pin.length > 0}`,
);
const rows: string[][] = [['profile', 'rows', 'wall s', 'rows/s', 'peak RSS MB']];
for (const profile of ['oneroster', 'japan', 'eportal']) {
  const [cmd, ...args] = [
    ...pin,
    process.execPath,
    '--import',
    'tsx',
    join(import.meta.dirname, 'validate-child.ts'),
    bundle,
    profile,
  ];
  const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim()) as {
    valid: boolean;
    errors: number;
    rows: number;
    wallMs: number;
    peakRssMb: number;
  };
  if (!r.valid && profile !== 'eportal')
    throw new Error(`${profile}: ${r.errors} errors in the generated bundle`);
  rows.push([
    profile,
    String(r.rows),
    (r.wallMs / 1000).toFixed(1),
    Math.round(r.rows / (r.wallMs / 1000)).toLocaleString('en'),
    r.peakRssMb.toFixed(0),
  ]);
  console.error(rows.at(-1)!.join('  '));
}
console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
