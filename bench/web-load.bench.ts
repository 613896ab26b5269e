/**
 * First load of the admin dashboard in Debian's Chromium: `node dist/server.js` on a fresh embedded
 * database (as `npm start`), a tenant with a generated bundle uploaded (2 schools, 2,000 students),
 * then N cold loads (a new browser context each: empty cache, same session). Prints, per load, the
 * milliseconds from navigation start until the users card shows its count, read inside the page on
 * every animation frame, and the bytes transferred; then the median. `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBundle } from '../src/generate/index.js';
import { launchChromium, msUntilLinkShows } from '../test/e2e/browser.js';
import { ensureBuilt, startServer } from '../test/e2e/server.js';
import { tempDir } from '../test/helpers/bundle.js';

const LOADS = Number(process.argv[2] ?? 7);
const PASSWORD = 'correct-horse-battery-staple-42';

ensureBuilt();
const server = await startServer();
const url = (p: string) => `${server.url}${p}`;

async function signIn(password: string) {
  const r = await fetch(url('/api/v1/session'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.email, password }),
  });
  const body = (await r.json()) as { csrfToken: string };
  return { cookie: r.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrfToken };
}

try {
  let s = await signIn(server.oneTimePassword);
  await fetch(url('/api/v1/session/password'), {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: server.oneTimePassword, newPassword: PASSWORD }),
  });
  s = await signIn(PASSWORD);
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
  await fetch(url('/api/v1/tenants'), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ slug: 'demo', name: 'Demo' }),
  });
  const zip = join(tempDir(), 'bundle.zip');
  const generated = await generateBundle({ out: zip, schools: 2, students: 2000, seed: 1 });
  const form = new FormData();
  form.append('bundle', new Blob([readFileSync(zip)]), 'bundle.zip');
  const accepted = (await (
    await fetch(url('/api/v1/uploads?tenant=demo'), { method: 'POST', headers, body: form })
  ).json()) as { uploadId: string };
  for (let i = 0; i < 240; i++) {
    const r = await fetch(url(`/api/v1/uploads/${accepted.uploadId}?tenant=demo`), { headers });
    if (((await r.json()) as { status: string }).status === 'completed') break;
    await new Promise((res) => setTimeout(res, 500));
  }

  const users = generated.files.users!.toLocaleString('ja-JP');
  const browser = await launchChromium();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 860 } });
    await context.addCookies([
      { name: s.cookie.split('=')[0]!, value: s.cookie.split('=')[1]!, url: server.url },
    ]);
    const page = await context.newPage();
    await page.goto(url('/t/demo'), { waitUntil: 'commit' });
    const ms = await msUntilLinkShows(page, '利用者', users);
    const bytes = await page.evaluate<number>(
      'performance.getEntries().reduce((n, e) => n + (e.transferSize || 0), 0)',
    );
    times.push(ms);
    console.log(`load ${i + 1}: ${ms} ms to counts shown, ${Math.round(bytes / 1024)} KB transferred`);
    await context.close();
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `dashboard first load over ${LOADS} cold loads: median ${sorted[Math.floor(LOADS / 2)]} ms, best ${sorted[0]} ms, worst ${sorted.at(-1)} ms`,
  );
} finally {
  await server.stop();
}
