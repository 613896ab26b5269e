/**
 * Size of the admin UI's production build (`npm run build:web` first): every asset raw and gzipped,
 * and what the dashboard's first load fetches (the entry, its static imports and the dashboard chunk).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = new URL('../dist/web/', import.meta.url).pathname;
const assets = join(dir, 'assets');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const files = readdirSync(assets).filter((f) => !/\.(map|br|gz)$/.test(f));
/** What the server sends a browser accepting Brotli: the build's .br twin where there is one. */
const br = (f: string) => {
  try {
    return statSync(join(assets, `${f}.br`)).size;
  } catch {
    return statSync(join(assets, f)).size;
  }
};
const rows = files
  .map((f) => ({ f, raw: statSync(join(assets, f)).size, gzip: gz(join(assets, f)), br: br(f) }))
  .sort((a, b) => b.raw - a.raw);

/** The files the page loads before the router asks for a page chunk, plus the chunks it imports. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f) || !files.includes(f)) return;
    seen.add(f);
    if (!f.endsWith('.js')) return;
    const text = readFileSync(join(assets, f), 'utf8');
    // Static imports only (`import … from "./x.js"`); `import("./x.js")` is on demand.
    for (const m of text.matchAll(/(?:^|[;\s])import\s*(?:[\w{}*\s,$]*from\s*)?["']\.\/([\w.-]+)["']/g))
      visit(m[1]!);
  };
  entries.forEach(visit);
  return seen;
}

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/\/assets\/([\w.-]+)/g)].map((m) => m[1]!);
const dashboard = files.find((f) => f.startsWith('DashboardPage-') && f.endsWith('.js'));
const first = closure([...initial, ...(dashboard ? [dashboard] : [])]);
const sum = (set: Iterable<string>, key: 'raw' | 'gzip' | 'br') =>
  [...set].reduce((n, f) => n + (rows.find((r) => r.f === f)?.[key] ?? 0), 0);

console.log('largest assets (raw / gzip / brotli as served):');
for (const r of rows.slice(0, 12))
  console.log(
    `  ${r.f.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.br).padStart(10)}`,
  );
const line = (set: Iterable<string>) =>
  `${kb(sum(set, 'raw'))} raw, ${kb(sum(set, 'gzip'))} gzip, ${kb(sum(set, 'br'))} brotli`;
console.log(`all assets: ${files.length} files, ${line(files)}`);
console.log(`dashboard first load (before the lazy chart): ${first.size} files, ${line(first)}`);
