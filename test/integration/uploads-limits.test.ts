import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBundle } from '../../src/generate/index.js';
import { verifyWebhookSignature } from '../../src/notifications/webhook.js';
import { readCsv } from '../helpers/api.js';
import { tempDir, writeZipEntries } from '../helpers/bundle.js';
import { testTargets } from '../helpers/db.js';
import { folderParts, multipart, zipPart, type Part } from '../helpers/multipart.js';
import { ADMIN, HIGH_LIMITS, useSecurity, type Who } from '../helpers/security.js';
import {
  accepted,
  authOf,
  expectAdminError,
  request,
  sendBundle,
  settle,
  UPLOAD_ENV,
  uploadRows,
  UPLOADS,
} from '../helpers/uploads.js';

/**
 * What an upload refuses before anything is queued (size limits, zip bombs, malformed requests),
 * each with its status and an imsx-style body and never a 500; the upload webhook, signed and
 * limited to public addresses unless allowed; and the OpenAPI description of the upload routes.
 */

const targets = await testTargets();

describe.each(targets)('upload limits, webhook and OpenAPI on $name', (target) => {
  const fx = useSecurity(target, UPLOAD_ENV);
  let app: FastifyInstance;
  let adminA: Who;
  let dir: string;
  let zip: string;
  /** Stored size of the bundle's largest file, and of all its files. */
  let largest: number;
  let total: number;

  beforeAll(async () => {
    app = fx().app;
    adminA = fx().who.adminA;
    dir = join(tempDir(), 'bundle');
    zip = join(tempDir(), 'roster.zip');
    await generateBundle({ out: dir, schools: 1, students: 20, seed: 201 });
    await generateBundle({ out: zip, schools: 1, students: 20, seed: 201 });
    const sizes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).length);
    largest = Math.max(...sizes);
    total = sizes.reduce((a, b) => a + b, 0);
  });

  /** Every refused request: none may be a 500, and none may leave an upload or a spooled file behind. */
  const refused: LightMyRequestResponse[] = [];
  const expectRefused = (r: LightMyRequestResponse, status: number | number[], code?: string | string[]) => {
    refused.push(r);
    const statuses = [status].flat();
    expect(statuses, r.body).toContain(r.statusCode);
    expectAdminError(r, r.statusCode);
    if (code) expect([code].flat()).toContain(r.json<{ error: { code: string } }>().error.code);
  };

  describe('refused before anything is queued', () => {
    let rowsBefore = 0;
    beforeAll(async () => {
      rowsBefore = await uploadRows(fx().db, fx().api.tenantA);
    });
    afterAll(async () => {
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused) expect(r.statusCode, r.body).toBeLessThan(500);
      expect(await uploadRows(fx().db, fx().api.tenantA)).toBe(rowsBefore);
      const spool = join(fx().api.config.database.dataDir, 'spool');
      expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    });

    it('a file over RH_MAX_FILE_BYTES: 413 payload_too_large, as a CSV part or as a zip', async () => {
      const small = await fx().api.buildAppWith({
        ...HIGH_LIMITS,
        ...UPLOAD_ENV,
        RH_MAX_FILE_BYTES: String(largest - 1),
      });
      const r = await sendBundle(small, adminA, folderParts(dir));
      expectRefused(r, 413, 'payload_too_large');
      expect(r.json<{ error: { message: string } }>().error.message).toContain('RH_MAX_FILE_BYTES');
      const big = await writeZipEntries({ 'users.csv': randomBytes(largest + 1000) });
      expectRefused(await sendBundle(small, adminA, [zipPart(big)]), 413, 'payload_too_large');
      // Just under the limit passes the intake.
      const fits = accepted(await sendBundle(small, adminA, [zipPart(zip)], { query: 'dryRun=true' }));
      rowsBefore++;
      expect((await settle(small, adminA, fits.links.self)).status).toBe('completed');
    });

    it('a request over RH_MAX_BUNDLE_BYTES: 413 payload_too_large, whether sent as files or inflated from a zip', async () => {
      const small = await fx().api.buildAppWith({
        ...HIGH_LIMITS,
        ...UPLOAD_ENV,
        RH_MAX_BUNDLE_BYTES: String(total - 1000),
      });
      const r = await sendBundle(small, adminA, folderParts(dir));
      expectRefused(r, 413, 'payload_too_large');
      expect(r.json<{ error: { message: string } }>().error.message).toContain('RH_MAX_BUNDLE_BYTES');
      // The zip itself is well under the limit; its files inflate past it.
      expect(readFileSync(zip).length).toBeLessThan(total - 1000);
      expectRefused(await sendBundle(small, adminA, [zipPart(zip)]), 413, 'payload_too_large');
      // Far over: more than the limit plus any allowance for the multipart framing.
      const huge = { field: 'bundle', filename: 'huge.zip', content: randomBytes(total + 2 * 1024 * 1024) };
      expectRefused(await sendBundle(small, adminA, [huge]), 413, 'payload_too_large');
    });

    it('a zip bomb (20 MB of zeros from a few KB): refused with 400 or 413', async () => {
      const bomb = await writeZipEntries({ 'users.csv': Buffer.alloc(20 * 1024 * 1024) });
      expect(readFileSync(bomb).length).toBeLessThan(100_000);
      const r = await sendBundle(app, adminA, [zipPart(bomb)]);
      expectRefused(r, [400, 413], ['unusable_input', 'payload_too_large']);
      expect(r.json<{ error: { message: string } }>().error.message).toMatch(/zip bomb/);
    });

    it('malformed requests: 400 with a code saying why (413 for too many parts)', async () => {
      const manifest = {
        field: 'manifest',
        filename: 'manifest.csv',
        content: readFileSync(join(dir, 'manifest.csv')),
      };
      const users = { field: 'users', filename: 'users.csv', content: readFileSync(join(dir, 'users.csv')) };
      const cases: [string, Part[], string?][] = [
        [
          'a part neither a zip nor a known file',
          [{ field: 'notes', filename: 'notes.txt', content: 'hello' }],
        ],
        ['CSV parts without the manifest', folderParts(dir).filter((p) => p.field !== 'manifest')],
        ['no file at all', [{ field: 'dryRun', content: 'true' }]],
        ['two zips', [zipPart(zip), { ...zipPart(zip), field: 'other' }]],
        ['a zip and CSV files', [zipPart(zip), manifest, users]],
        ['one CSV file twice', [manifest, users, users]],
        ['a .zip that is not a zip', [{ field: 'bundle', filename: 'roster.zip', content: 'not a zip' }]],
        ['an unknown form field', [{ field: 'mode', content: 'fast' }, zipPart(zip)]],
        ['dryRun neither true nor false', [{ field: 'dryRun', content: 'maybe' }, zipPart(zip)]],
        ['an unknown profile', [{ field: 'profile', content: 'us' }, zipPart(zip)]],
      ];
      for (const [what, parts] of cases) {
        const r = await sendBundle(app, adminA, parts);
        expect(r.statusCode, `${what}: ${r.body}`).toBe(400);
        expectRefused(r, 400, ['invalid_input', 'unusable_input']);
      }
      const fields = Array.from({ length: 11 }, () => ({ field: 'dryRun', content: 'true' }));
      expectRefused(await sendBundle(app, adminA, [...fields, zipPart(zip)]), 413, 'payload_too_large');
      const bad = await sendBundle(app, adminA, [zipPart(zip)], {
        headers: { 'idempotency-key': 'two words' },
      });
      expectRefused(bad, 400, 'invalid_input');
      expectRefused(
        await sendBundle(app, adminA, [zipPart(zip)], { query: 'profile=us' }),
        400,
        'invalid_input',
      );
    });

    it('bodies that are not multipart, or not well-formed multipart: 4xx, never a 500', async () => {
      const raw = (headers: Record<string, string>, payload: string | Buffer) =>
        app.inject({ method: 'POST', url: UPLOADS, headers: { ...authOf(adminA), ...headers }, payload });
      expectRefused(
        await raw({ 'content-type': 'application/json' }, '{"bundle":"x"}'),
        400,
        'invalid_input',
      );
      expectRefused(await raw({ 'content-type': 'text/plain' }, 'hello'), 400, 'invalid_input');
      expectRefused(await raw({ 'content-type': 'application/zip' }, readFileSync(zip)), [400, 415]);
      expectRefused(
        await raw({ 'content-type': 'multipart/form-data' }, 'no boundary'),
        400,
        'invalid_input',
      );
      const body = multipart(folderParts(dir));
      const cut = body.payload.subarray(0, Math.floor(body.payload.length / 2));
      expectRefused(await raw(body.headers, cut), 400, ['invalid_input', 'unusable_input']);
      expectRefused(await raw(body.headers, Buffer.from('garbage without any boundary')), 400);
    });
  });

  describe('webhook', () => {
    let receiver: Server;
    let hookUrl: string;
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    let hookApp: FastifyInstance;

    beforeAll(async () => {
      receiver = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/rosterhub?token=t1`;
      hookApp = await fx().api.buildAppWith({
        ...HIGH_LIMITS,
        ...UPLOAD_ENV,
        RH_WEBHOOK_ALLOW_PRIVATE: 'true',
      });
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    });

    const settingsOf = async (a: FastifyInstance) => {
      const r = await request(a, adminA, 'GET', `${ADMIN}/tenants/a/settings`);
      expect(r.statusCode, r.body).toBe(200);
      return r;
    };
    const arrivals = async (n: number) => {
      for (let i = 0; i < 100 && received.length < n; i++) await new Promise((r) => setTimeout(r, 100));
      // Then a little longer: a second delivery of the same notification would arrive in this time.
      await new Promise((r) => setTimeout(r, 500));
      return received.length;
    };

    it('a loopback or private URL is refused unless RH_WEBHOOK_ALLOW_PRIVATE is set', async () => {
      for (const url of [hookUrl, 'http://10.1.2.3/hook', 'http://localhost:8080/hook', 'http://[::1]/hook'])
        expectAdminError(
          await request(app, adminA, 'PUT', `${ADMIN}/tenants/a/settings/webhook`, { url }),
          400,
          'invalid_input',
        );
      expectAdminError(
        await request(app, adminA, 'PUT', `${ADMIN}/tenants/a/settings/webhook`, {
          url: 'ftp://example.com/',
        }),
        400,
        'invalid_input',
      );
      expect((await settingsOf(app)).json()).toMatchObject({ webhookUrl: null });
    });

    it('only the tenant admin sets it; the secret is shown once; a completed upload is posted once, signed', async () => {
      const put = (who: Who) =>
        request(hookApp, who, 'PUT', `${ADMIN}/tenants/a/settings/webhook`, { url: hookUrl });
      expectAdminError(await put(fx().who.readerA), 403, 'forbidden');
      expectAdminError(await put(fx().who.adminB), 403, 'forbidden');

      const set = await put(adminA);
      expect(set.statusCode, set.body).toBe(200);
      const { url, secret } = set.json<{ url: string; secret: string }>();
      expect(url).toBe(hookUrl);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
      for (const a of [app, hookApp]) {
        const s = await settingsOf(a);
        expect(s.json()).toMatchObject({ webhookUrl: hookUrl });
        expect(s.body).not.toContain(secret);
      }
      const stored = await sql<{ secret: string }>`SELECT webhook_secret AS secret FROM tenant_settings
        WHERE tenant_id = ${fx().api.tenantA}`.execute(fx().db.kysely);
      expect(stored.rows[0]!.secret).not.toContain(secret.slice(6));

      const a = accepted(await sendBundle(hookApp, adminA, [zipPart(zip)]));
      expect((await settle(hookApp, adminA, a.links.self)).status).toBe('completed');
      expect(await arrivals(1)).toBe(1);
      const [hit] = received;
      const header = hit!.headers['x-rosterhub-signature'] as string;
      expect(verifyWebhookSignature(secret, header, hit!.body)).toBe(true);
      expect(verifyWebhookSignature(`${secret}x`, header, hit!.body)).toBe(false);
      expect(hit!.headers['x-rosterhub-event']).toBe('upload.completed');
      const payload = JSON.parse(hit!.body) as { id: string; event: string; data: Record<string, unknown> };
      expect(payload).toMatchObject({
        id: hit!.headers['x-rosterhub-delivery'],
        event: 'upload.completed',
        data: {
          uploadId: a.uploadId,
          tenantId: fx().api.tenantA,
          status: 'completed',
          dryRun: false,
          links: { self: `${fx().api.config.http.publicUrl}${a.links.self}` },
        },
      });
      // A summary, not the roster: no personal data travels to the receiver.
      const someone = readCsv(join(dir, 'users.csv')).rows[0]!;
      expect(hit!.body).not.toContain(someone.username);
      expect(hit!.body).not.toContain(someone.familyName);
    });

    it('removed, it is called no more', async () => {
      const del = await request(hookApp, adminA, 'DELETE', `${ADMIN}/tenants/a/settings/webhook`);
      expect(del.statusCode, del.body).toBe(204);
      expect((await settingsOf(hookApp)).json()).toMatchObject({ webhookUrl: null });
      const before = received.length;
      const a = accepted(await sendBundle(hookApp, adminA, [zipPart(zip)], { query: 'dryRun=true' }));
      expect((await settle(hookApp, adminA, a.links.self)).status).toBe('completed');
      await new Promise((r) => setTimeout(r, 500));
      expect(received.length).toBe(before);
    });
  });

  it('/openapi.json documents the upload routes and the webhook setting', async () => {
    const r = await app.inject({ url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
    type Op = {
      parameters?: { name: string; in: string }[];
      responses: Record<string, unknown>;
      tags?: string[];
    };
    const paths = r.json<{ paths: Record<string, Record<string, Op>> }>().paths;
    const ops = Object.entries(paths)
      .filter(([p]) => p.startsWith(UPLOADS))
      .flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(ops).toEqual(
      [
        `GET ${UPLOADS}`,
        `POST ${UPLOADS}`,
        `GET ${UPLOADS}/{id}`,
        `GET ${UPLOADS}/{id}/report`,
        `GET ${UPLOADS}/{id}/events`,
        `POST ${UPLOADS}/{id}/cancel`,
        `POST ${UPLOADS}/{id}/revert`,
      ].sort(),
    );
    const post = paths[UPLOADS]!.post!;
    expect(Object.keys(post.responses)).toContain('202');
    const params = (post.parameters ?? []).map((p) => `${p.in}:${p.name}`);
    expect(params).toEqual(
      expect.arrayContaining(['query:dryRun', 'query:tenant', 'header:idempotency-key']),
    );
    const list = (paths[UPLOADS]!.get!.parameters ?? []).map((p) => p.name);
    expect(list).toEqual(expect.arrayContaining(['status', 'since', 'until', 'limit', 'cursor']));
    const hook = paths[`${ADMIN}/tenants/{slug}/settings/webhook`];
    expect(Object.keys(hook ?? {}).sort()).toEqual(['delete', 'put']);
  });
});
