import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';

export const WEB_API_TYPES = new URL('../web/src/api/schema.d.ts', import.meta.url);

const BANNER = `/**
 * Generated from the server's /openapi.json by \`npm run web:api\`; do not edit. A test fails when
 * this file no longer matches the routes, so the admin UI and the server cannot drift apart.
 */
`;

/** The admin UI's API types, generated from the OpenAPI document the routes produce. */
export async function webApiTypes(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rh-openapi-'));
  const config = loadConfig({ NODE_ENV: 'test', RH_DATA_DIR: dir, RH_PUBLIC_URL: 'http://localhost:3000' });
  const db = await openDatabase(config.database);
  try {
    const app = await buildApp({ config, db, audit: false });
    try {
      const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<object>();
      const ast = await openapiTS(spec as Parameters<typeof openapiTS>[0], { alphabetize: true });
      return BANNER + astToString(ast);
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
