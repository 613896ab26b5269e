import { createHmac, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fetch, type Response } from 'undici';
import { checkWebhookUrl, errorCode, PermanentWebhookError, RetryableWebhookError } from './address-guard.js';
import { pinnedDispatcher } from './pinned-dispatcher.js';

export { checkWebhookUrl, PermanentWebhookError, RetryableWebhookError } from './address-guard.js';
export type { CheckedWebhookUrl, WebhookErrorDetails, WebhookUrlCheckOptions } from './address-guard.js';

export type WebhookEvent = 'upload.completed' | 'upload.failed' | 'upload.reverted';

export interface WebhookDelivery {
  url: string;
  secret: string;
  // `string & {}` keeps editor completion for the known events while allowing new ones.
  event: WebhookEvent | (string & {});
  /** Stable across retries of the same notification, so receivers can drop duplicates. */
  deliveryId: string;
  /** The event's summary; sent as `data` in the body. Must be JSON-serialisable. */
  payload: unknown;
}

export interface DeliverWebhookOptions {
  /** Let the URL reach loopback and private addresses (`RH_WEBHOOK_ALLOW_PRIVATE`). */
  allowPrivate?: boolean;
  /** Budget for the whole attempt (DNS, connect, response); default 10 000 ms. */
  timeoutMs?: number;
  /** Clock in epoch milliseconds, for the signature timestamp and `createdAt`. */
  now?: () => number;
}

export interface WebhookResult {
  status: number;
  durationMs: number;
}

export const WEBHOOK_USER_AGENT = 'RosterHub-Webhook/1';
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;
const MAX_RESPONSE_BYTES = 64 * 1024;
const HEADER_VALUE = /^[\x21-\x7e]{1,200}$/;
const SIGNATURE_HEADER_MAX = 1024;

/**
 * POSTs one signed notification. Resolves on a 2xx answer; otherwise throws
 * {@link RetryableWebhookError} (try again later) or {@link PermanentWebhookError} (give up).
 * The caller's job queue owns retries and back-off.
 */
export async function deliverWebhook(
  d: WebhookDelivery,
  opts: DeliverWebhookOptions = {},
): Promise<WebhookResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new RangeError('timeoutMs must be a positive number');
  const now = opts.now ?? Date.now;

  if (typeof d.secret !== 'string' || d.secret.length === 0) {
    throw new PermanentWebhookError('webhook secret is not configured');
  }
  // fetch would reject a bad header value as a TypeError, indistinguishable from a network failure.
  if (!HEADER_VALUE.test(d.event))
    throw new PermanentWebhookError('webhook event name is not a valid header value');
  if (!HEADER_VALUE.test(d.deliveryId)) {
    throw new PermanentWebhookError('webhook delivery id is not a valid header value');
  }

  const signal = AbortSignal.timeout(timeoutMs);
  const started = performance.now();
  const { url, addresses } = await checkWebhookUrl(d.url, {
    allowPrivate: opts.allowPrivate === true,
    signal,
  });
  const host = url.host;

  const nowMs = now();
  const body = serialiseBody(d, nowMs);
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': WEBHOOK_USER_AGENT,
    'X-RosterHub-Event': d.event,
    'X-RosterHub-Delivery': d.deliveryId,
    'X-RosterHub-Signature': signWebhook(d.secret, Math.floor(nowMs / 1000), body),
  };

  let res: Response;
  // Connections go to the addresses just checked, not to what a second DNS answer might say.
  const dispatcher = addresses.length ? pinnedDispatcher(addresses) : undefined;
  try {
    // Manual redirects: following one would skip the address guard for the new location.
    res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal, dispatcher });
  } catch (err) {
    await dispatcher?.destroy().catch(() => undefined);
    if (signal.aborted) throw new RetryableWebhookError(`webhook to ${host} timed out after ${timeoutMs} ms`);
    const cause = err instanceof Error && err.cause !== undefined ? err.cause : err;
    throw new RetryableWebhookError(`webhook to ${host} failed: ${errorCode(cause)}`);
  }
  await discardBody(res);
  await dispatcher?.close().catch(() => undefined);
  const durationMs = Math.round(performance.now() - started);
  const status = res.status;

  if (status >= 200 && status < 300) return { status, durationMs };
  if (status === 0 || (status >= 300 && status < 400)) {
    const message = `webhook to ${host} answered with a redirect (${status}); redirects are not followed`;
    throw new PermanentWebhookError(message, { status });
  }
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), nowMs);
    throw new RetryableWebhookError(`webhook to ${host} answered ${status}`, { status, retryAfterMs });
  }
  throw new PermanentWebhookError(`webhook to ${host} answered ${status}`, { status });
}

function serialiseBody(d: WebhookDelivery, nowMs: number): string {
  // Event and delivery id are repeated inside the signed body: headers are not signed.
  let body: string | undefined;
  try {
    body = JSON.stringify({
      id: d.deliveryId,
      event: d.event,
      createdAt: new Date(nowMs).toISOString(),
      data: d.payload ?? null,
    });
  } catch (err) {
    throw new PermanentWebhookError(`webhook payload is not JSON-serialisable (${errorCode(err)})`);
  }
  if (body === undefined) throw new PermanentWebhookError('webhook payload is not JSON-serialisable');
  return body;
}

/**
 * Reads at most 64 KB so the connection can be reused, then drops the rest. The status alone decides the
 * outcome, so a body that fails or stalls after the status line does not change it.
 */
async function discardBody(res: Response): Promise<void> {
  const stream = res.body;
  if (!stream) return;
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  let seen = 0;
  try {
    while (seen < MAX_RESPONSE_BYTES) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
    }
  } catch {
    return;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`; the body must be the exact bytes sent. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new RangeError('timestamp must be a non-negative integer number of seconds');
  }
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export interface VerifyWebhookOptions {
  /** Largest accepted distance between the signature time and now, either way; default 300 s. */
  toleranceSeconds?: number;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

/**
 * Checks an `X-RosterHub-Signature` header against the raw body. Never throws: anything malformed is
 * simply not verified. Several `v1=` entries are accepted so a receiver can rotate secrets.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  body: string,
  opts: VerifyWebhookOptions = {},
): boolean {
  if (typeof secret !== 'string' || secret.length === 0) return false;
  if (typeof header !== 'string' || header.length > SIGNATURE_HEADER_MAX || typeof body !== 'string')
    return false;

  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) return false;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined || !/^\d{1,12}$/.test(value)) return false;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (/^[0-9a-f]{64}$/i.test(value)) candidates.push(value.toLowerCase());
    }
    // Other keys are ignored so a later signature scheme can be sent alongside v1.
  }
  if (timestamp === undefined || candidates.length === 0) return false;

  const tolerance = opts.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((opts.now ?? Date.now)() / 1000);
  if (!(Math.abs(nowSeconds - timestamp) <= tolerance)) return false;

  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  let ok = false;
  for (const c of candidates) {
    // Every candidate is compared, so timing does not reveal which one matched.
    if (timingSafeEqual(expected, Buffer.from(c, 'hex'))) ok = true;
  }
  return ok;
}
