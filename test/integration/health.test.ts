import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { testTargets } from '../helpers/db.js';

const targets = await testTargets();

describe.each(targets)('HTTP health on $name', (target) => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await target.open();
    app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), db });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await target.cleanup();
  });

  it('answers /health with the database kind', async () => {
    const r = await app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', database: target.name });
  });

  it('reports 503 naming the database when it is gone', async () => {
    const other = await target.open();
    const broken = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), db: other });
    await other.close();
    const r = await broken.inject({ method: 'GET', url: '/health' });
    await broken.close();
    expect(r.statusCode).toBe(503);
    expect(r.json()).toEqual({ status: 'unavailable', failed: ['database'] });
  });
});
