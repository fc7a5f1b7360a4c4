// Debian Chromium via playwright-core, the same flags as the e2e journeys.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export { CHROMIUM_PATH } from '../test/e2e/support/chromium';
import { CHROMIUM_ARGS as E2E_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium';

/** The e2e flags, plus exact heap figures for the memory measurements. */
export const CHROMIUM_ARGS = [...E2E_ARGS, '--enable-precise-memory-info'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (empty cache) for one measurement. tsx compiles the bench with esbuild's keepNames,
 * which wraps functions in `__name(…)`; functions sent to the page (init scripts, evaluate) need it.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  return context;
}
