import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nonPublicReason } from '../../src/notifications/address-guard.js';
import {
  checkWebhookUrl,
  deliverWebhook,
  PermanentWebhookError,
  RetryableWebhookError,
  signWebhook,
  verifyWebhookSignature,
  type WebhookDelivery,
} from '../../src/notifications/webhook.js';

const SECRET = 'whsec_test_2f9c1e7a';

interface Received {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];

async function listen(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{
  url: string;
  received: Received[];
}> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/rosterhub?token=receiver-token`, received };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

function delivery(url: string, over: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    url,
    secret: SECRET,
    event: 'upload.completed',
    deliveryId: 'dlv_01HZX3K9',
    payload: { uploadId: 'u1', status: 'completed', counts: { users: 3 }, note: '学校 ✓' },
    ...over,
  };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    if (err instanceof Error) return err;
    throw err;
  }
  throw new Error('expected the delivery to fail');
}

describe('signWebhook / verifyWebhookSignature', () => {
  const body = '{"id":"d1","data":{"n":1}}';
  const t = 1_750_000_000;
  const at = (seconds: number) => () => seconds * 1000;

  it('produces t=<seconds>,v1=<64 hex> and verifies it', () => {
    const header = signWebhook(SECRET, t, body);
    expect(header).toMatch(/^t=1750000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, header, body, { now: at(t + 10) })).toBe(true);
  });

  it('rejects a tampered body, a wrong secret and stale or future timestamps', () => {
    const header = signWebhook(SECRET, t, body);
    expect(verifyWebhookSignature(SECRET, header, body.replace('1', '2'), { now: at(t) })).toBe(false);
    expect(verifyWebhookSignature(`${SECRET}x`, header, body, { now: at(t) })).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, body, { now: at(t + 301) })).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, body, { now: at(t - 301) })).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, body, { now: at(t + 300) })).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, body, { now: at(t + 3600), toleranceSeconds: 3600 })).toBe(
      true,
    );
  });

  it('rejects a signature moved onto another timestamp', () => {
    const v1 = signWebhook(SECRET, t, body).split(',v1=')[1] ?? '';
    expect(verifyWebhookSignature(SECRET, `t=${t + 1},v1=${v1}`, body, { now: at(t) })).toBe(false);
  });

  it('accepts any matching v1 among several and ignores unknown schemes', () => {
    const good = signWebhook(SECRET, t, body);
    const other = signWebhook('old-secret', t, body).split(',')[1] ?? '';
    expect(verifyWebhookSignature(SECRET, `${other},${good},v2=abc`, body, { now: at(t) })).toBe(true);
  });

  it('rejects malformed headers without throwing', () => {
    const v1 = signWebhook(SECRET, t, body).split(',')[1] ?? '';
    for (const bad of [
      '',
      'garbage',
      v1,
      `t=${t}`,
      `t=${t},v1=zz`,
      `t=${t},t=${t},${v1}`,
      `t=-1,${v1}`,
      `t=1e9,${v1}`,
      `t=${t},${v1},`,
      `t=${t},${v1}${'0'.repeat(2000)}`,
    ])
      expect(verifyWebhookSignature(SECRET, bad, body, { now: at(t) })).toBe(false);
    expect(verifyWebhookSignature('', signWebhook('', t, body), body, { now: at(t) })).toBe(false);
  });
});

describe('deliverWebhook', () => {
  it('POSTs a signed JSON body with the documented headers', async () => {
    let verified = false;
    const { url, received } = await listen((req, res, body) => {
      const header = req.headers['x-rosterhub-signature'];
      verified = typeof header === 'string' && verifyWebhookSignature(SECRET, header, body);
      res.writeHead(verified ? 204 : 401).end();
    });

    const result = await deliverWebhook(delivery(url), { allowPrivate: true });

    expect(result.status).toBe(204);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(verified).toBe(true);
    expect(received).toHaveLength(1);
    const [r] = received;
    expect(r?.method).toBe('POST');
    expect(r?.headers['content-type']).toBe('application/json');
    expect(r?.headers['user-agent']).toBe('RosterHub-Webhook/1');
    expect(r?.headers['x-rosterhub-event']).toBe('upload.completed');
    expect(r?.headers['x-rosterhub-delivery']).toBe('dlv_01HZX3K9');
    expect(Number(r?.headers['content-length'])).toBe(Buffer.byteLength(r?.body ?? ''));
    const parsed = JSON.parse(r?.body ?? '') as Record<string, unknown>;
    expect(parsed).toMatchObject({
      id: 'dlv_01HZX3K9',
      event: 'upload.completed',
      data: { uploadId: 'u1', status: 'completed', counts: { users: 3 }, note: '学校 ✓' },
    });
    expect(typeof parsed.createdAt).toBe('string');
  });

  it('signs with the injected clock', async () => {
    const { url, received } = await listen((_req, res) => res.writeHead(200).end('ok'));
    const now = () => Date.UTC(2025, 0, 2, 3, 4, 5);
    await deliverWebhook(delivery(url), { allowPrivate: true, now });
    const [r] = received;
    expect(r?.headers['x-rosterhub-signature']).toBe(signWebhook(SECRET, now() / 1000, r?.body ?? ''));
    expect((JSON.parse(r?.body ?? '') as { createdAt: string }).createdAt).toBe('2025-01-02T03:04:05.000Z');
  });

  it.each([500, 502, 503, 408, 429])('treats %i as retryable', async (status) => {
    const { url } = await listen((_req, res) => res.writeHead(status).end('try later'));
    const err = await failure(deliverWebhook(delivery(url), { allowPrivate: true }));
    expect(err).toBeInstanceOf(RetryableWebhookError);
    expect((err as RetryableWebhookError).status).toBe(status);
  });

  it('passes Retry-After on to the queue', async () => {
    const { url } = await listen((_req, res) => res.writeHead(429, { 'Retry-After': '120' }).end());
    const err = await failure(deliverWebhook(delivery(url), { allowPrivate: true }));
    expect(err).toBeInstanceOf(RetryableWebhookError);
    expect((err as RetryableWebhookError).retryAfterMs).toBe(120_000);
  });

  it.each([400, 401, 403, 404, 410])('treats %i as permanent', async (status) => {
    const { url } = await listen((_req, res) => res.writeHead(status).end());
    const err = await failure(deliverWebhook(delivery(url), { allowPrivate: true }));
    expect(err).toBeInstanceOf(PermanentWebhookError);
    expect((err as PermanentWebhookError).status).toBe(status);
    expect(err.message).not.toContain(SECRET);
    expect(err.message).not.toContain('receiver-token');
    expect(err.message).toContain('127.0.0.1');
  });

  it('does not follow a redirect and treats it as permanent', async () => {
    const target = await listen((_req, res) => res.writeHead(200).end());
    const { url } = await listen((_req, res) => res.writeHead(302, { Location: target.url }).end());
    const err = await failure(deliverWebhook(delivery(url), { allowPrivate: true }));
    expect(err).toBeInstanceOf(PermanentWebhookError);
    expect(err.message).toMatch(/redirect/);
    expect(target.received).toHaveLength(0);
  });

  it('times out a receiver that never answers as retryable', async () => {
    const { url } = await listen(() => undefined);
    const started = Date.now();
    const err = await failure(deliverWebhook(delivery(url), { allowPrivate: true, timeoutMs: 200 }));
    expect(err).toBeInstanceOf(RetryableWebhookError);
    expect(err.message).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('treats a refused connection as retryable', async () => {
    const { url } = await listen(() => undefined);
    const server = servers.pop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const err = await failure(deliverWebhook(delivery(url), { allowPrivate: true }));
    expect(err).toBeInstanceOf(RetryableWebhookError);
    expect(err.message).toMatch(/ECONNREFUSED/);
  });

  it('stops reading a response body after 64 KB', async () => {
    let written = 0;
    const { url } = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const pump = (): void => {
        // An endless body: the delivery must still finish.
        while (!res.destroyed && written < 64 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const result = await deliverWebhook(delivery(url), { allowPrivate: true, timeoutMs: 5000 });
    expect(result.status).toBe(200);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a loopback receiver unless private addresses are allowed', async () => {
    const { url, received } = await listen((_req, res) => res.writeHead(200).end());
    const err = await failure(deliverWebhook(delivery(url)));
    expect(err).toBeInstanceOf(PermanentWebhookError);
    expect(err.message).toMatch(/loopback/);
    expect(received).toHaveLength(0);

    await expect(deliverWebhook(delivery(url), { allowPrivate: true })).resolves.toMatchObject({
      status: 200,
    });
    expect(received).toHaveLength(1);
  });

  it('refuses a host name that resolves to loopback', async () => {
    const { url, received } = await listen((_req, res) => res.writeHead(200).end());
    const byName = url.replace('127.0.0.1', 'localhost');
    const err = await failure(deliverWebhook(delivery(byName)));
    expect(err).toBeInstanceOf(PermanentWebhookError);
    expect(received).toHaveLength(0);
  });

  it('refuses bad input before any request', async () => {
    const { url, received } = await listen((_req, res) => res.writeHead(200).end());
    for (const over of [
      { secret: '' },
      { event: 'upload.completed\r\nX-Injected: 1' },
      { deliveryId: '' },
      { payload: { n: 1n } },
      { url: 'ftp://example.com/' },
    ]) {
      const err = await failure(deliverWebhook(delivery(url, over), { allowPrivate: true }));
      expect(err).toBeInstanceOf(PermanentWebhookError);
    }
    expect(received).toHaveLength(0);
  });
});

describe('checkWebhookUrl', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://127.0.0.1:8080/',
    'http://0.0.0.0/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://[2002:c0a8:0101::1]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://[ff02::1]/',
    'http://0x7f.1/',
    'http://2130706433/',
    'http://localhost/',
    'http://api.localhost./',
  ])('refuses the non-public address in %s', async (url) => {
    await expect(checkWebhookUrl(url, { resolve: false })).rejects.toBeInstanceOf(PermanentWebhookError);
    await expect(checkWebhookUrl(url)).rejects.toBeInstanceOf(PermanentWebhookError);
    await expect(checkWebhookUrl(url, { allowPrivate: true, resolve: false })).resolves.toBeTruthy();
  });

  it.each([
    'ftp://x',
    'http://user:pass@host/',
    'https://:pw@example.com/',
    'not a url',
    '',
    'file:///etc/passwd',
  ])('refuses %j whatever the address rules', async (url) => {
    const err = await failure(checkWebhookUrl(url, { allowPrivate: true, resolve: false }));
    expect(err).toBeInstanceOf(PermanentWebhookError);
    expect(err.message).not.toMatch(/pass@|hunter2/);
  });

  it.each(['http://93.184.216.34/hook', 'https://[2606:2800:220:1:248:1893:25c8:1946]/'])(
    'lets the public literal %s through',
    async (url) => {
      const checked = await checkWebhookUrl(url);
      expect(checked.url.href).toBe(url);
      expect(checked.addresses).toHaveLength(1);
    },
  );

  it('checks only syntax for a host name when not resolving', async () => {
    const checked = await checkWebhookUrl('https://hooks.example.com/rosterhub', { resolve: false });
    expect(checked.url.hostname).toBe('hooks.example.com');
    expect(checked.addresses).toEqual([]);
  });

  it('keeps paths and query strings out of messages', async () => {
    const err = await failure(checkWebhookUrl('http://10.0.0.1/hook?token=s3cr3t-token'));
    expect(err.message).toContain('10.0.0.1');
    expect(err.message).not.toContain('s3cr3t-token');
  });
});

describe('nonPublicReason', () => {
  it.each([
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['172.32.0.1', null],
    ['100.128.0.1', null],
    ['2001:4860:4860::8888', null],
    ['::ffff:8.8.8.8', null],
    ['127.1.2.3', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.31.255.255', 'private'],
    ['100.127.255.255', 'shared (CGNAT)'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private'],
    ['0:0:0:0:0:ffff:7f00:0001', 'IPv4-mapped loopback'],
    ['fc00::', 'private (unique local)'],
    ['febf:ffff::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['not-an-ip', 'malformed'],
  ])('classifies %s', (address, reason) => {
    expect(nonPublicReason(address)).toBe(reason);
  });
});

describe('pinned lookup', () => {
  it('answers with the checked addresses whatever name is asked, by family when one is asked', async () => {
    const { pinnedLookup } = await import('../../src/notifications/pinned-dispatcher.js');
    const lookup = pinnedLookup(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']);
    const ask = (options: { all?: boolean; family?: number }) =>
      new Promise<unknown>((resolve, reject) =>
        lookup('rebinding.example', options, (err, address, family) =>
          err ? reject(err) : resolve({ address, family }),
        ),
      );
    expect(await ask({})).toEqual({ address: '93.184.216.34', family: 4 });
    expect(await ask({ family: 6 })).toEqual({ address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 });
    expect(await ask({ all: true })).toEqual({
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
      family: undefined,
    });
  });
});
