// The deployment someone copies: Debian's nginx serving the build with the config the build generated
// (dist-server/nginx.conf, from src/config/http-headers.ts) — headers a meta tag cannot carry, framing
// refused, SPA fallback for deep links, caching by kind of file, real 404s under /api/, and the same
// build under the sub-path /dashboard/. The global setup starts nginx (test/e2e/support/nginx.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import report from '../../data/reports/2026-q1.json';
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../src/config/http-headers';
import { launchBrowser, openPage } from './support/browser';

const NGINX = inject('nginxUrl');
const MISSING_REPORT = inject('nginxMissingReportUrl');
const SUB_ORIGIN = inject('nginxSubPathUrl');
const SUB_PATH = inject('subPath');
const SUB = `${SUB_ORIGIN}${SUB_PATH.replace(/\/$/, '')}`;
const EVENT = report.events.find((e) => e.id === '2026-q1-7')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

/**
 * Hashed files of a build as the browser finds them: the entry script the HTML links, the chunks it
 * preloads (its `__vite__mapDeps` list, relative to the base) and the stylesheet, which the pages
 * carry inline and so do not link (its name comes from the global setup).
 */
async function hashedAssets(base: string, basePath = '/'): Promise<string[]> {
  const html = await (await fetch(`${base}/`)).text();
  const scripts = [...html.matchAll(/src="([^"]*\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  const entry = await (await fetch(`${base}${scripts[0]!.slice(basePath.length - 1)}`)).text();
  const chunks = [...entry.matchAll(/"(assets\/[^"]+\.js)"/g)].map((m) => `${basePath}${m[1]!}`);
  expect(chunks.length).toBeGreaterThan(1);
  return [...scripts, ...chunks, `${basePath}${inject('stylesheet')}`];
}

describe('nginx with the generated config', () => {
  it('pages: each address its prerendered page, with every security header, revalidated on each visit', async () => {
    const pages: [string, string][] = [
      ['/', '>Обзор квартала</h2>'],
      ['/events', 'Мероприятия отчёта; заголовки столбцов сортируют таблицу'],
      [`/events/${EVENT.id}`, EVENT.title],
      ['/countries/BY?report=2026-q1', 'Республика Беларусь'],
      ['/quality', report.source.sha256],
    ];
    for (const [path, text] of pages) {
      const response = await fetch(`${NGINX}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
      expectSecurityHeaders(response);
      const html = await response.text();
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(html.slice(html.indexOf('<div id="root">')), path).toContain(text);
    }
  });

  it('an address without a page: the not-found page, with status 404 and the same headers', async () => {
    for (const path of ['/no-such-page', '/events/2026-q1-999', '/events/']) {
      const response = await fetch(`${NGINX}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
      expectSecurityHeaders(response);
      expect(await response.text()).toContain('Страница не найдена');
    }
  });

  it('hashed assets: cached for a year as immutable, with their media types', async () => {
    const assets = await hashedAssets(NGINX);
    for (const path of assets) {
      const response = await fetch(`${NGINX}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.hashedAsset);
      expect(response.headers.get('content-type')).toBe(
        path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      );
      expectSecurityHeaders(response);
    }
    const missing = await fetch(`${NGINX}/assets/index-00000000.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  it('reports: JSON, revalidated, compressed; a missing report is a real 404, not the app shell', async () => {
    for (const file of ['index.json', `${report.id}.json`]) {
      const response = await fetch(`${NGINX}/api/reports/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
      expect(response.headers.get('etag')).toBeTruthy();
      expectSecurityHeaders(response);
      expect((await response.json()) as unknown).toBeTypeOf('object');
    }
    // fetch() decompresses transparently; the header says the server compressed it.
    const gzipped = await fetch(`${NGINX}/api/reports/${report.id}.json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');

    const missing = await fetch(`${NGINX}/api/reports/2099-q9.json`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toContain('json');
    expect(await missing.text()).not.toContain('<div id="root">');
    expectSecurityHeaders(missing);
  });

  it('a prerendered page, when the build has one, is served before the app shell', async () => {
    // The global setup put prerendered.html into this copy of the build.
    const response = await fetch(`${MISSING_REPORT}/prerendered`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<p>prerendered</p>');
    expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
    expectSecurityHeaders(response);
  });

  it('a deep link opens its screen, and navigation works', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${NGINX}/events/${EVENT.id}`);
    await page.getByRole('heading', { name: EVENT.title, level: 2 }).waitFor();
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Обзор' }).click();
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.reload();
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  it('a report the index lists but the server lacks: the app says the data was not found', async () => {
    const missingId = inject('missingReportId');
    const { page, problems, context } = await openPage(browser);
    const reportStatuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith(`/api/reports/${missingId}.json`)) reportStatuses.push(r.status());
    });
    await page.goto(`${MISSING_REPORT}/events`);
    await page.getByText('Данные не найдены (ошибка 404).').waitFor();
    expect(reportStatuses.length).toBeGreaterThan(0);
    expect(new Set(reportStatuses)).toEqual(new Set([404]));
    expect(problems.pageErrors).toEqual([]);
    // The browser logs each failed resource (the preload and the fetch); nothing else may appear.
    expect(problems.consoleErrors.filter((text) => !/404/.test(text))).toEqual([]);
    await context.close();
  });
});

/** A server of our own on a free port of 127.0.0.1 (another origin than nginx: another port). */
async function localServer(
  handle: (path: string) => Promise<{ type: string; body: Buffer | string; status?: number }>,
) {
  const server = createServer((request, response) => {
    handle(request.url ?? '/').then(
      ({ type, body, status }) => response.writeHead(status ?? 200, { 'Content-Type': type }).end(body),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Opens a page of another site (a real loopback server: Chromium refuses loopback frames in pages it
 * cannot place on the local network) that frames `target`, and tells whether the app came up inside.
 */
async function framedAppAppears(target: string) {
  const framer = await localServer(async () => ({
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><title>другой сайт</title><iframe src="${target}/" width="1200" height="800"></iframe>`,
  }));
  const { page, context } = await openPage(browser);
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  try {
    const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()) });
    await page.goto(`${framer.url}/`);
    const app = page.frameLocator('iframe').getByRole('heading', { name: 'Обзор квартала' });
    // Whichever comes first: the app drawn inside the frame, or Chromium's refusal.
    const appeared = await Promise.race([app.waitFor().then(() => true), refused.then(() => false)]);
    // Refused means nothing of the app is in the frame, not merely late.
    if (!appeared) expect(await app.count()).toBe(0);
    return { appeared, messages };
  } finally {
    await context.close();
    await framer.close();
  }
}

describe('framing by another site', () => {
  it('is refused when served by nginx with the generated config', async () => {
    const { appeared, messages } = await framedAppAppears(NGINX);
    expect(appeared).toBe(false);
    expect(messages.join('\n')).toMatch(/frame-ancestors 'none'/);
  });

  it('works, by contrast, when the same build comes from a plain static server (no headers)', async () => {
    // The same files without the headers: the meta tag alone cannot forbid framing (browsers ignore
    // frame-ancestors in <meta>), which is why the deployment needs the generated config.
    const plain = await localServer(async (path) => {
      const response = await fetch(`${NGINX}${path}`);
      const body = Buffer.from(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type') ?? 'text/plain', body };
    });
    try {
      const { appeared } = await framedAppAppears(plain.url);
      expect(appeared).toBe(true);
    } finally {
      await plain.close();
    }
  });
});

describe(`nginx, the build for the sub-path ${SUB_PATH}`, () => {
  it('answers only under the sub-path, with the same headers, fallback and 404s', async () => {
    const bare = await fetch(SUB, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(SUB_PATH);

    for (const path of ['/', `/events/${EVENT.id}`]) {
      const response = await fetch(`${SUB}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.revalidate);
      expectSecurityHeaders(response);
      expect(await response.text()).toContain(`src="${SUB_PATH}assets/`);
    }
    for (const path of await hashedAssets(SUB, SUB_PATH)) {
      expect(path.startsWith(SUB_PATH)).toBe(true);
      const response = await fetch(`${SUB_ORIGIN}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe(CACHE_CONTROL.hashedAsset);
    }
    const index = await fetch(`${SUB}/api/reports/index.json`);
    expect(index.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await fetch(`${SUB}/api/reports/2099-q9.json`)).status).toBe(404);
    // Outside the sub-path the host's own configuration answers (here: nothing).
    expect((await fetch(`${SUB_ORIGIN}/events`)).status).toBe(404);
    expect((await fetch(`${SUB_ORIGIN}/api/reports/index.json`)).status).toBe(404);
  });

  it('the overview, a deep link and navigation work, and every request stays under the sub-path', async () => {
    const { page, problems, context } = await openPage(browser);
    const outside: string[] = [];
    page.on('request', (request: Request) => {
      const url = request.url();
      if (/^(data|blob):/.test(url)) return;
      if (!url.startsWith(`${SUB}/`)) outside.push(url);
    });
    const path = (p: Page) => new URL(p.url()).pathname;

    await page.goto(`${SUB}/`);
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Мероприятия' }).click();
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    expect(path(page)).toBe(`${SUB_PATH}events`);
    await nav.getByRole('link', { name: 'Данные и качество' }).click();
    await page.getByText(report.source.sha256).waitFor();
    expect(path(page)).toBe(`${SUB_PATH}quality`);

    await page.goto(`${SUB}/events/${EVENT.id}`);
    await page.getByRole('heading', { name: EVENT.title, level: 2 }).waitFor();
    await nav.getByRole('link', { name: 'Обзор' }).click();
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    expect(path(page)).toBe(SUB_PATH);
    await page.goBack();
    await page.getByRole('heading', { name: EVENT.title, level: 2 }).waitFor();
    expect(path(page)).toBe(`${SUB_PATH}events/${EVENT.id}`);

    expect(outside).toEqual([]);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});
