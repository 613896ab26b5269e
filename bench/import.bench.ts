/**
 * Import throughput: generates (or reuses) bundles of ~100k and ~1M rows, imports each into
 * PostgreSQL (when DATABASE_URL is set) and PGlite, then re-imports it unchanged. Each import runs in
 * its own process; rows/s, wall time and peak RSS are printed. A raw COPY of the same enrollments
 * into an indexed table is measured on PostgreSQL as the ceiling.
 *
 *   npm run bench:import                 # both sizes
 *   BENCH_SIZES=100k npm run bench:import
 *   BENCH_PII_COMPARE=1 npm run bench:import   # also: first imports with PII encryption on/off
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateBundle } from '../src/generate/index.js';
import { rawCopyBaseline } from './raw-copy.js';

const SIZES: Record<string, number> = { '100k': 11_000, '1m': 110_000 };
const CACHE = join(import.meta.dirname, '.cache');
const sizes = (process.env.BENCH_SIZES ?? '100k,1m').split(',').map((s) => s.trim().toLowerCase());
const pgUrl = process.env.DATABASE_URL;

interface Run {
  status: string;
  rows: number;
  written: number;
  wallMs: number;
  peakRssMb: number;
  errors: number;
}

async function bundleFor(size: string): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `bundle-${size}.zip`);
  if (!existsSync(path)) {
    console.error(`generating ${size} bundle…`);
    await generateBundle({
      out: path,
      students: SIZES[size]!,
      schools: Math.max(2, Math.round(SIZES[size]! / 600)),
      seed: 'bench',
    });
  }
  return path;
}

function importOnce(bundle: string, env: Record<string, string>): Run {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), bundle, 'bench'],
    {
      env: { ...process.env, DATABASE_URL: '', ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

async function withPostgresDb<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `rh_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const results: string[][] = [
  ['engine', 'bundle', 'run', 'rows', 'written', 'wall s', 'rows/s', 'peak RSS MB'],
];
function record(engine: string, size: string, run: string, r: Run): void {
  if (r.status !== 'completed')
    throw new Error(`${engine} ${size} ${run}: import ${r.status} with ${r.errors} errors`);
  const line = [
    engine,
    size,
    run,
    String(r.rows),
    String(r.written),
    (r.wallMs / 1000).toFixed(1),
    Math.round(r.rows / (r.wallMs / 1000)).toLocaleString('en'),
    r.peakRssMb.toFixed(0),
  ];
  results.push(line);
  console.error(line.join('  '));
}

console.error(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const size of sizes) {
  if (!SIZES[size]) throw new Error(`unknown size ${size}`);
  const bundle = await bundleFor(size);
  if (pgUrl) {
    await withPostgresDb((url) => {
      record('PostgreSQL', size, 'first', importOnce(bundle, { DATABASE_URL: url }));
      record('PostgreSQL', size, 'unchanged', importOnce(bundle, { DATABASE_URL: url }));
      return Promise.resolve();
    });
    const copy = await withPostgresDb((url) => rawCopyBaseline(url, bundle));
    results.push([
      'PostgreSQL',
      size,
      'raw COPY enrollments',
      String(copy.rows),
      String(copy.rows),
      (copy.ms / 1000).toFixed(1),
      Math.round(copy.rows / (copy.ms / 1000)).toLocaleString('en'),
      '-',
    ]);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'rh-bench-pglite-'));
  try {
    record('PGlite', size, 'first', importOnce(bundle, { RH_DATA_DIR: dataDir }));
    record('PGlite', size, 'unchanged', importOnce(bundle, { RH_DATA_DIR: dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// PII encryption cost: first imports into fresh PostgreSQL databases, encryption on and off in
// turn (BENCH_PII=0 skips the cipher), so drift between runs does not pass for a cost.
const piiCosts: string[] = [];
if (pgUrl && process.env.BENCH_PII_COMPARE === '1') {
  const key = `bench:${randomBytes(32).toString('base64')}`;
  for (const size of sizes) {
    const bundle = await bundleFor(size);
    const rate: Record<'on' | 'off', number[]> = { on: [], off: [] };
    for (const mode of ['on', 'off', 'on', 'off'] as const) {
      await withPostgresDb((url) => {
        const env = { DATABASE_URL: url, RH_ENCRYPTION_KEY: key, BENCH_PII: mode === 'on' ? '1' : '0' };
        const r = importOnce(bundle, env);
        record('PostgreSQL', size, `first, PII encryption ${mode}`, r);
        rate[mode].push(r.rows / (r.wallMs / 1000));
        return Promise.resolve();
      });
    }
    const mean = (l: number[]) => l.reduce((a, b) => a + b, 0) / l.length;
    piiCosts.push(
      `${size}: PII encryption costs ${((1 - mean(rate.on) / mean(rate.off)) * 100).toFixed(1)} %`,
    );
  }
}

const widths = results[0]!.map((_, c) => Math.max(...results.map((r) => r[c]!.length)));
console.log(results.map((r) => `| ${r.map((v, c) => v.padEnd(widths[c]!)).join(' | ')} |`).join('\n'));
for (const line of piiCosts) console.log(line);
