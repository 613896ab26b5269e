import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium is installed by .ci/run; elsewhere the suite is skipped when it is missing. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Flags that keep a headless Chromium from reaching out to the network (this machine has none).
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Console errors and uncaught page errors, which the suite requires to stay empty. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

interface PageGlobals {
  document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
}

/**
 * Milliseconds from navigation start until a link starting with `label` shows `text` (the
 * dashboard's users card and its count), read inside the page on every animation frame, so the
 * figure carries no round trip to the test process. A function, not a string: the page's
 * Content-Security-Policy forbids eval.
 */
export async function msUntilLinkShows(page: Page, label: string, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    ([l, t]) => {
      const { document } = globalThis as unknown as PageGlobals;
      const links = Array.from(document.querySelectorAll('a'));
      const hit = links.some((a) => a.textContent?.startsWith(l) && a.textContent.includes(t));
      return hit ? Math.round(performance.now()) : 0;
    },
    [label, text] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return handle.jsonValue();
}
