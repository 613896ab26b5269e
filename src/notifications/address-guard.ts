import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface WebhookErrorDetails {
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** The receiver's `Retry-After`, in milliseconds, for a queue that can honour it. */
  retryAfterMs?: number;
}

/** The delivery may succeed later (network trouble, timeout, 5xx, 408, 429): the job queue retries it. */
export class RetryableWebhookError extends Error {
  override name = 'RetryableWebhookError';
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, details: WebhookErrorDetails = {}) {
    super(message);
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Retrying cannot help (bad URL, refused address, redirect, other 4xx): the job queue gives up. */
export class PermanentWebhookError extends Error {
  override name = 'PermanentWebhookError';
  readonly status: number | undefined;
  constructor(message: string, details: Pick<WebhookErrorDetails, 'status'> = {}) {
    super(message);
    this.status = details.status;
  }
}

export interface WebhookUrlCheckOptions {
  /** Let the URL reach loopback, private and other non-public addresses (trusted, self-hosted setups). */
  allowPrivate?: boolean;
  /**
   * `false` checks only what the URL itself says (syntax, scheme, credentials, IP literals), with no DNS
   * query, so a settings form can validate without network access. Defaults to `true`.
   */
  resolve?: boolean;
  /** Upper bound on the DNS lookup; it cannot be cancelled, so the check stops waiting instead. */
  signal?: AbortSignal;
}

export interface CheckedWebhookUrl {
  url: URL;
  /** Addresses the host resolved to (the literal itself for an IP host; empty when not resolved). */
  addresses: string[];
}

const MAX_URL_LENGTH = 2048;

/**
 * Validates a webhook URL and, unless `resolve: false`, every address its host resolves to.
 * Messages name the host at most: paths and query strings may carry receiver tokens.
 */
export async function checkWebhookUrl(
  input: string,
  opts: WebhookUrlCheckOptions = {},
): Promise<CheckedWebhookUrl> {
  const url = parseWebhookUrl(input);
  const host = bareHost(url);
  const allowPrivate = opts.allowPrivate === true;

  if (isIP(host) !== 0) {
    if (!allowPrivate) refuseIfNonPublic(host, host);
    return { url, addresses: [host] };
  }
  if (!allowPrivate && isLocalName(host)) {
    throw new PermanentWebhookError(
      `webhook host ${host} is a local name; only public addresses are allowed`,
    );
  }
  if (opts.resolve === false) return { url, addresses: [] };

  const addresses = await resolveHost(host, opts.signal);
  if (!allowPrivate) for (const address of addresses) refuseIfNonPublic(address, host);
  return { url, addresses };
}

function parseWebhookUrl(input: string): URL {
  if (typeof input !== 'string' || input.length === 0)
    throw new PermanentWebhookError('webhook URL is empty');
  if (input.length > MAX_URL_LENGTH) {
    throw new PermanentWebhookError(`webhook URL is longer than ${MAX_URL_LENGTH} characters`);
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    // The parser's own error repeats the input, which may hold a receiver token.
    throw new PermanentWebhookError('webhook URL is not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentWebhookError('webhook URL must use http or https');
  }
  if (url.username !== '' || url.password !== '') {
    throw new PermanentWebhookError('webhook URL must not contain a user name or password');
  }
  if (url.hostname === '') throw new PermanentWebhookError('webhook URL has no host');
  return url;
}

function bareHost(url: URL): string {
  const h = url.hostname;
  // A trailing dot is the same DNS name, so it must not dodge the local-name check.
  const unbracketed = h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
  return unbracketed.replace(/\.$/, '').toLowerCase();
}

function isLocalName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

async function resolveHost(host: string, signal: AbortSignal | undefined): Promise<string[]> {
  let results: { address: string }[];
  try {
    const pending = lookup(host, { all: true, verbatim: true });
    results = signal ? await raceAbort(pending, signal) : await pending;
  } catch (err) {
    if (signal?.aborted) throw new RetryableWebhookError(`timed out resolving webhook host ${host}`);
    // Name errors are often transient (a zone being fixed, a resolver hiccup); the queue's retry limit bounds them.
    throw new RetryableWebhookError(`could not resolve webhook host ${host} (${errorCode(err)})`);
  }
  if (results.length === 0) throw new RetryableWebhookError(`webhook host ${host} has no addresses`);
  return results.map((r) => r.address);
}

function raceAbort<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  if (err instanceof Error) return err.name;
  return 'unknown error';
}

function refuseIfNonPublic(address: string, host: string): void {
  const reason = nonPublicReason(address);
  if (reason) {
    throw new PermanentWebhookError(
      `webhook host ${host} resolves to a ${reason} address (${address}); only public addresses are allowed`,
    );
  }
}

/** Why an address is not a public unicast address, or null when it is. Exported for tests and callers. */
export function nonPublicReason(address: string): string | null {
  switch (isIP(address)) {
    case 4:
      return ipv4Reason(parseIPv4(address));
    case 6:
      return ipv6Reason(address);
    default:
      return 'malformed';
  }
}

type V4Range = readonly [base: number, prefix: number, reason: string];

const V4_RANGES: readonly V4Range[] = [
  [ipv4(0, 0, 0, 0), 8, 'unspecified'], // "this network": 0.0.0.0 reaches the local host on Linux
  [ipv4(10, 0, 0, 0), 8, 'private'],
  [ipv4(100, 64, 0, 0), 10, 'shared (CGNAT)'],
  [ipv4(127, 0, 0, 0), 8, 'loopback'],
  [ipv4(169, 254, 0, 0), 16, 'link-local'], // includes the cloud metadata service 169.254.169.254
  [ipv4(172, 16, 0, 0), 12, 'private'],
  [ipv4(192, 0, 0, 0), 24, 'reserved'],
  [ipv4(192, 168, 0, 0), 16, 'private'],
  [ipv4(198, 18, 0, 0), 15, 'reserved'],
  [ipv4(224, 0, 0, 0), 4, 'multicast'],
  [ipv4(240, 0, 0, 0), 4, 'reserved'], // includes the broadcast address 255.255.255.255
];

function ipv4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

function parseIPv4(address: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = address.split('.').map(Number);
  return ipv4(a, b, c, d);
}

function ipv4Reason(value: number): string | null {
  for (const [base, prefix, reason] of V4_RANGES) {
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    if ((value & mask) >>> 0 === base) return reason;
  }
  return null;
}

function ipv6Reason(address: string): string | null {
  const g = parseIPv6(address);
  if (!g) return 'malformed';
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const embeddedV4 = ((g6 << 16) | g7) >>> 0;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;

  if (firstFiveZero && g5 === 0 && g6 === 0 && g7 === 0) return 'unspecified';
  if (firstFiveZero && g5 === 0 && g6 === 0 && g7 === 1) return 'loopback';
  // Addresses that carry an IPv4 address are judged by it: a socket or gateway may deliver them there.
  if (firstFiveZero && g5 === 0xffff) return prefixed('IPv4-mapped', ipv4Reason(embeddedV4));
  if (firstFiveZero && g5 === 0) return prefixed('IPv4-compatible', ipv4Reason(embeddedV4));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return prefixed('NAT64', ipv4Reason(embeddedV4));
  }
  if (g0 === 0x2002) return prefixed('6to4', ipv4Reason(((g1 << 16) | g2) >>> 0));
  if ((g0 & 0xfe00) === 0xfc00) return 'private (unique local)';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'site-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  return null;
}

function prefixed(kind: string, reason: string | null): string | null {
  return reason === null ? null : `${kind} ${reason}`;
}

/** Eight 16-bit groups, or null. Input has already passed `isIP(...) === 6`. */
function parseIPv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);

  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    if (isIP(last) !== 4) return null;
    const v = parseIPv4(last);
    tail = [v >>> 16, v & 0xffff];
    text = text.slice(0, lastColon + 1) + '0';
  }

  const halves = text.split('::');
  if (halves.length > 2) return null;
  const toGroups = (s: string): number[] => (s === '' ? [] : s.split(':').map((x) => parseInt(x, 16)));
  const head = toGroups(halves[0] ?? '');
  let groups: number[];
  if (halves.length === 2) {
    const rest = toGroups(halves[1] ?? '');
    const fill = 8 - head.length - rest.length - (tail.length > 0 ? 1 : 0);
    if (fill < 0) return null;
    groups = [...head, ...new Array<number>(fill).fill(0), ...rest];
  } else {
    groups = head;
  }
  if (tail.length > 0) groups = [...groups.slice(0, -1), ...tail];
  if (groups.length !== 8 || groups.some((x) => !Number.isInteger(x) || x < 0 || x > 0xffff)) return null;
  return groups;
}
