import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, collectErrors, launchChromium } from './browser.js';
import { ensureBuilt, startServer, type RunningServer } from './server.js';

const NEW_PASSWORD = 'correct-horse-battery-staple-42';
// CI installs Chromium and must run this suite; elsewhere it is skipped when Chromium is missing.
const run = chromiumAvailable() || process.env.CI ? describe : describe.skip;

run('admin UI in Chromium (built server, embedded database)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      viewport: { width: 1280, height: 860 },
    });
    page = await context.newPage();
    errors = collectErrors(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in with the one-time password and must change it first', async () => {
    await page.goto(server.url);
    await page.getByLabel(/^メールアドレス[\s*]*$/).fill(server.email);
    await page.getByLabel(/^パスワード[\s*]*$/).fill(server.oneTimePassword);
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.getByRole('heading', { name: 'パスワードの変更' }).waitFor();
    await page.getByLabel(/^現在のパスワード[\s*]*$/).fill(server.oneTimePassword);
    await page.getByLabel(/^新しいパスワード[\s*]*$/).fill(NEW_PASSWORD);
    await page.getByLabel(/^新しいパスワード\(確認\)[\s*]*$/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'パスワードを変更' }).click();
    await page.getByRole('heading', { name: 'テナントがまだありません' }).waitFor();
    expect(errors.filter((e) => !/Failed to load resource: .* 401/.test(e))).toEqual([]);
  });
});
