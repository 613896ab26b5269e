import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { UploadView } from '../../src/uploads/upload-view.js';
import { multipart, type Part } from './multipart.js';
import { ADMIN, type Who } from './security.js';

/**
 * Shared by the upload suites: who calls (a session or an admin API client's token), sending a
 * bundle as multipart, polling an upload until it ends, reading server-sent events.
 */

export const UPLOADS = `${ADMIN}/uploads`;

/** Rate limits out of the way: the suites send far more uploads than a tenant's hourly budget. */
export const UPLOAD_ENV = { RH_RATE_LIMIT_UPLOADS_PER_HOUR: '100000' };

export type Caller = Who | { bearer: string };

export type FileCounts = {
  rows: number;
  created?: number;
  updated?: number;
  unchanged?: number;
  deleted?: number;
};

export function authOf(c: Caller): Record<string, string> {
  return 'bearer' in c
    ? { authorization: `Bearer ${c.bearer}` }
    : { cookie: c.cookie, 'x-csrf-token': c.csrf };
}

export function request(
  app: FastifyInstance,
  c: Caller,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return app.inject({ method, url, headers: authOf(c), ...(payload ? { payload } : {}) });
}

export function sendBundle(
  app: FastifyInstance,
  c: Caller,
  parts: readonly Part[],
  opts: { query?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const body = multipart(parts);
  return app.inject({
    method: 'POST',
    url: `${UPLOADS}${opts.query ? `?${opts.query}` : ''}`,
    headers: { ...body.headers, ...authOf(c), ...opts.headers },
    payload: body.payload,
  });
}

export interface Accepted {
  uploadId: string;
  status: string;
  links: UploadView['links'];
  upload: UploadView;
}

/** A 202 answer, checked for the shape every accepted upload has. */
export function accepted(r: LightMyRequestResponse): Accepted {
  expect(r.statusCode, r.body).toBe(202);
  const body = r.json<Accepted>();
  expect(body.uploadId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.links.self).toBe(`${UPLOADS}/${body.uploadId}`);
  expect(r.headers.location).toBe(body.links.self);
  expect(body.upload.uploadId).toBe(body.uploadId);
  expect(body.upload.status).toBe(body.status);
  return body;
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled', 'reverted']);

/** Polls `self` every 100 ms until the upload ends (at most `maxMs`, 20 s), and returns its final view. */
export async function settle(
  app: FastifyInstance,
  c: Caller,
  self: string,
  seen: string[] = [],
  maxMs = 20_000,
): Promise<UploadView> {
  for (let i = 0; i < maxMs / 100; i++) {
    const r = await request(app, c, 'GET', self);
    expect(r.statusCode, r.body).toBe(200);
    const view = r.json<UploadView>();
    if (seen.at(-1) !== view.status) seen.push(view.status);
    if (TERMINAL.has(view.status)) return view;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(
    `upload ${self} did not finish within ${maxMs / 1000} s (statuses seen: ${seen.join(' → ')})`,
  );
}

export const filesOf = (v: UploadView) => v.files as Record<string, FileCounts>;

/** An admin error body: the OneRoster imsx status fields plus our code and both messages. */
export function expectAdminError(r: LightMyRequestResponse, status: number, code?: string): void {
  expect(r.statusCode, r.body).toBe(status);
  const body = r.json<{
    imsx_codeMajor: string;
    imsx_severity: string;
    error: { code: string; message: string; messageJa: string };
  }>();
  expect(body.imsx_codeMajor).toBe('failure');
  expect(body.error.message).toBeTruthy();
  expect(body.error.messageJa).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
}

export interface SseEvent {
  event: string;
  data: UploadView;
}

export function parseSse(body: string): SseEvent[] {
  return body
    .split('\n\n')
    .filter((block) => /^event: /m.test(block))
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)![1]!,
      data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as UploadView,
    }));
}

/** Rows of `uploads` for a tenant, read as the owner (no row-level security). */
export async function uploadRows(
  db: Database,
  tenantId: string,
  where: { idempotencyKey?: string } = {},
): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM uploads WHERE tenant_id = ${tenantId}
    AND (${where.idempotencyKey ?? null}::text IS NULL OR idempotency_key = ${where.idempotencyKey ?? null})`.execute(
    db.kysely,
  );
  return r.rows[0]!.n;
}
