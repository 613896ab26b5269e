import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config/config.js';
import { adminPagePolicy } from '../http/hardening.js';

/** `dist/web`, the same place whether this module runs from `src/` (tests) or `dist/` (start). */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Paths the admin UI's router owns; anything else stays a JSON 404. */
const PAGES = ['/', '/signin', '/password', '/t/*', '/platform/*'];

const NOT_BUILT = `<!doctype html><html lang="ja"><meta charset="utf-8"><title>RosterHub</title>
<p>管理画面がビルドされていません。<code>npm run build</code> を実行してください。</p>
<p>The admin UI is not built. Run <code>npm run build</code>.</p></html>`;

/**
 * The admin UI: hashed assets under `/assets/` cached for a year, and the page itself (never cached)
 * for every route of the UI, with a fresh CSP nonce per response for the UI's style elements.
 */
export async function webRoutes(app: FastifyInstance, { config }: { config: Config }): Promise<void> {
  const built = existsSync(`${WEB_DIR}index.html`);
  const template = built ? await readFile(`${WEB_DIR}index.html`, 'utf8') : null;
  if (built) {
    await app.register(fastifyStatic, {
      root: `${WEB_DIR}assets`,
      prefix: '/assets/',
      index: false,
      wildcard: false,
      immutable: true,
      // Brotli/gzip twins written by the build (scripts/compress-web.ts).
      preCompressed: true,
      maxAge: '365d',
      schemaHide: true,
    });
  }
  const page = (_req: unknown, reply: FastifyReply) => {
    const nonce = randomBytes(16).toString('base64');
    void reply
      .header('Cache-Control', 'no-store')
      .header('Content-Security-Policy', adminPagePolicy(config, nonce))
      .type('text/html; charset=utf-8');
    if (!template) return reply.code(503).send(NOT_BUILT);
    return reply.send(template.replace('__CSP_NONCE__', nonce));
  };
  for (const url of PAGES) app.get(url, { schema: { hide: true } }, page);
}
