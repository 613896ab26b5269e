import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { operations } from '../../src/api/openapi/official-spec.js';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';

const BASE = '/ims/oneroster/rostering/v1p2';

describe("RosterHub's own OpenAPI document and docs page", () => {
  let db: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rh-openapi-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      RH_DATA_DIR: dir,
      RH_PUBLIC_URL: 'https://rh.example.test',
    });
    db = await openDatabase(config.database, { inMemory: true });
    app = await buildApp({ config, db });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('/openapi.json lists every rostering operation, the token endpoint and health, localised', async () => {
    const r = await app.inject({ url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json<{
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, Record<string, { operationId?: string }>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.servers[0]!.url).toBe('https://rh.example.test');
    const ids = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.values(item).map((op) => `${path} ${op.operationId ?? ''}`),
    );
    for (const op of operations()) expect(ids).toContain(`${BASE}${op.path} ${op.operationId}`);
    expect(doc.paths['/oauth/token']?.post).toBeDefined();
    expect(doc.paths['/health']?.get).toBeDefined();
    // Internal routes stay out: discovery copies, the 405 catch-all, the document itself.
    expect(Object.keys(doc.paths).filter((p) => p.includes('*') || p.includes('discovery'))).toEqual([]);
    expect(doc.paths['/openapi.json']).toBeUndefined();
    expect(doc.components.schemas.UserDType).toBeDefined();
    expect(JSON.stringify(doc.components.securitySchemes)).toContain('https://rh.example.test/oauth/token');
  });

  it('/docs serves a browsable page', async () => {
    const r = await app.inject({ url: '/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('swagger');
  });
});
