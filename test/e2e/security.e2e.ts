// Security in the browser: the production build carries a strict Content-Security-Policy, the policy
// is really enforced, no screen or export trips it, the app talks to no other origin, and no runtime
// dependency is a known telemetry/phone-home package.
// `npm audit` cannot run here: the registry answers its bulk-advisory endpoint with 405 Method Not
// Allowed, so known-vulnerability auditing has to happen where the public advisory API is reachable.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, MOCK_BASE_URL, openPage } from './support/browser';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/config/http-headers';
import { chartDrawing, eventsTable } from './support/locators';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Requests to anything but the app's own origin (data: and blob: URLs are local). */
function watchForeignRequests(page: Page, base: string): string[] {
  const origin = new URL(base).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

describe('Content-Security-Policy', () => {
  it('is served as a header and as a meta tag, with the directives the app relies on', async () => {
    for (const base of [BASE_URL, MOCK_BASE_URL]) {
      const response = await fetch(`${base}/events`, { headers: { Accept: 'text/html' } });
      const header = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      // The meta tag precedes every script, or it would not govern them.
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      // No inline script that runs: every <script> has a src, but the page's data, which is JSON.
      expect(html.match(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/g) ?? []).toEqual([]);
      // The production build's pages are prerendered and carry it; the mock-API build renders in the browser.
      expect(html.match(/<script type="application\/json"[^>]*>/g) ?? []).toHaveLength(base === BASE_URL ? 1 : 0);
    }
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('is enforced: an injected inline script and a call to another server are refused', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__handlerRan = true;');
      document.body.append(img);
      let fetched = true;
      try {
        await fetch('https://example.org/collect');
      } catch {
        fetched = false;
      }
      await new Promise((r) => setTimeout(r, 300));
      const w = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      return { inline: w.__inlineRan ?? false, handler: w.__handlerRan ?? false, fetched, violations };
    });
    expect(result).toMatchObject({ inline: false, handler: false, fetched: false });
    expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
    expect(problems.cspViolations.length).toBeGreaterThan(0); // and the console reports them
    await context.close();
  });
});

describe('every screen and export runs under the policy, talking only to its own origin', () => {
  it('production build: overview, explorer, detail, country brief, quality, chart PNG and XLSX export', async () => {
    const { page, problems, context } = await openPage(browser);
    const foreign = watchForeignRequests(page, BASE_URL);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    await chartDrawing(page).first().waitFor();
    // Chart export draws an SVG through a blob: image onto a canvas.
    const png = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /^Скачать график «Мероприятия по направлениям сотрудничества» в PNG$/ })
      .click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);

    await page.goto(`${BASE_URL}/events?q=${encodeURIComponent('выставка')}`);
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    await eventsTable(page).getByRole('link').first().click();
    await page.getByRole('navigation', { name: 'Соседние мероприятия' }).waitFor();

    await page.goto(`${BASE_URL}/countries/BY`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать таблицу в XLSX' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);

    await page.goto(`${BASE_URL}/quality`);
    await page.getByRole('heading', { name: 'Данные и качество', level: 2 }).waitFor();

    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('mock-API build: the service worker registers under the policy (worker-src)', async () => {
    const { page, problems, context } = await openPage(browser);
    const foreign = watchForeignRequests(page, MOCK_BASE_URL);
    await page.goto(`${MOCK_BASE_URL}/events`);
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('runtime dependencies', () => {
  /** Packages known to send usage data or load remote code at run time. Deliberately short: it is a
   * tripwire for an accidental addition, not an audit (see the note on npm audit at the top). */
  const PHONE_HOME = [
    /^@sentry\//,
    /^@datadog\//,
    /^@amplitude\//,
    /^@segment\//,
    /^@vercel\/(analytics|speed-insights)$/,
    /^@newrelic\//,
    /^@bugsnag\//,
    /^@honeybadger-io\//,
    /^@opentelemetry\//,
    /^@google-analytics\//,
    /^posthog-/,
    /^mixpanel/,
    /^logrocket/,
    /^react-ga4?$/,
    /^analytics(-node)?$/,
    /^hotjar/,
    /^insights-js$/,
    /^applicationinsights$/,
    /^@microsoft\/applicationinsights/,
    /^rollbar$/,
    /^raven(-js)?$/,
    /^fullstory/,
    /^@fullstory\//,
    /^web-vitals$/,
  ];

  /** Every package the production dependencies pull in, from the lockfile. */
  function runtimePackages(): string[] {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dev?: boolean; optional?: boolean; devOptional?: boolean }>;
    };
    return Object.entries(lock.packages)
      .filter(([path, meta]) => path.startsWith('node_modules/') && !meta.dev && !meta.devOptional)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  }

  it('none of them is a known telemetry or phone-home package', () => {
    const packages = runtimePackages();
    expect(packages).toContain('react'); // the lockfile was read
    expect(packages.filter((name) => PHONE_HOME.some((re) => re.test(name)))).toEqual([]);
  });

  it('the tripwire itself catches such a package', () => {
    expect(['@sentry/react', 'posthog-js', 'react'].filter((n) => PHONE_HOME.some((re) => re.test(n)))).toEqual([
      '@sentry/react',
      'posthog-js',
    ]);
  });
});
