import { loadConfig } from './src/config/config.js';
import { openDatabase } from './src/db/database.js';
import * as repo from './src/repositories/roster.repository.js';
import { importBundle } from './src/services/import.service.js';
const r = repo.rosterRepository as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
for (const k of Object.keys(r)) {
  const f = r[k]!;
  r[k] = async (...a: unknown[]) => {
    const t = performance.now();
    const res = await f(...a);
    console.log(k, (a[2] as { name?: string })?.name ?? '', (performance.now() - t).toFixed(0));
    return res;
  };
}
const db = await openDatabase(loadConfig().database);
const t = performance.now();
const s = await importBundle(db, 'bench/.cache/bundle-100k.zip', {
  tenant: 'tr' + Date.now(),
  onProgress: (f, n) => {
    if (n % 50000 < 3000) console.log('progress', f, n, (performance.now() - t).toFixed(0));
  },
});
console.log(s.status, (performance.now() - t).toFixed(0));
await db.close();
