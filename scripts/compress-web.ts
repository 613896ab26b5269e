/**
 * Writes Brotli and gzip twins of the admin UI's assets (`dist/web/assets/*.{js,css}.br|.gz`),
 * which the server sends to browsers that accept them: the dashboard's first load goes from
 * ~1.2 MB to ~0.3 MB on the wire. Run by `npm run build:web` after Vite.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = new URL('../dist/web/assets/', import.meta.url).pathname;
let files = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  if (bytes.length < 1024) continue;
  writeFileSync(
    join(dir, `${name}.br`),
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  files++;
}
console.log(`compressed ${files} assets`);
