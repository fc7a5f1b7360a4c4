// Shared browser set-up for e2e journeys: Debian Chromium via playwright-core, with page errors,
// console errors and CSP violations collected so every journey can assert the page stayed clean.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { APP_READY_ATTRIBUTE } from '../../../src/shared/hydration';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from './chromium';

/** The production build served by `vite preview` (started by global-setup.ts on a free port). */
export const BASE_URL = inject('baseUrl');
/** The same app built with the mock API (MSW) enabled, for failure injection via `?mock=…`. */
export const MOCK_BASE_URL = inject('mockBaseUrl');
export const ARTIFACTS_DIR = 'test-results';

/**
 * React's words for a prerendered page it could not hydrate as it was: a mismatch (#418, #425), a
 * boundary re-rendered on the client (#419, #423), or any error it recovered from (src/app/start.tsx
 * logs those as «React recovered …»). Any of them fails the journey (hydration-guard.ts).
 */
const HYDRATION_PROBLEM = /Minified React error #4(18|19|23|25)\b|hydrat|React recovered from an error/i;

/** Hydration problems seen by any page opened since the last call; the guard takes them after each test. */
const hydrationProblems: string[] = [];
export function takeHydrationProblems(): string[] {
  return hydrationProblems.splice(0);
}

export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * A prerendered page is painted before its app starts (src/app/main.tsx): a journey that clicked at
 * once would click the static HTML. So `goto` and `reload` resolve once the app has marked itself
 * ready — or after a while without it, for the journeys where it cannot start (blocked script,
 * failed start), which then assert what the reader sees instead.
 */
function waitForAppOnNavigation(page: Page): void {
  const ready = async () => {
    await page
      .waitForFunction((name) => document.documentElement.hasAttribute(name), APP_READY_ATTRIBUTE, { timeout: 8000 })
      .catch(() => undefined);
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    // `waitUntil: 'commit'` asks for the page before anything ran (the prerender journeys hold its script).
    if (args[1]?.waitUntil !== 'commit') await ready();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
}

export async function openPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    javaScriptEnabled?: boolean;
  } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    acceptDownloads: options.acceptDownloads ?? true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  if (options.javaScriptEnabled ?? true) waitForAppOnNavigation(page);
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], cspViolations: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (HYDRATION_PROBLEM.test(text)) hydrationProblems.push(`${page.url()}: ${text}`);
    if (/Content.Security.Policy/i.test(text)) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = `${ARTIFACTS_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
