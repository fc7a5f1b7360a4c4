// Prerendered pages (src/app/prerender/), as nginx serves them with the generated config: readable,
// printable and linked without JavaScript; hydrated in place (the very nodes of the HTML stay) from
// the data the page came with (inline, and the report's data file it preloads), without asking the
// API and without a hydration warning; an address that asks for more than its HTML shows, or a page
// whose data file fails, still ends on the right content.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import report from '../../data/reports/2026-q1.json';
import { launchBrowser, openPage } from './support/browser';
import { eventRows, resultCount } from './support/locators';

const NGINX = inject('nginxUrl');
const SUB = `${inject('nginxSubPathUrl')}${inject('subPath').replace(/\/$/, '')}`;
const EVENT = report.events.find((e) => e.id === '2026-q1-7')!;
const BY_EVENTS = report.events.filter((e) => e.countries.includes('BY')).length;
const KZ_EVENTS = report.events.filter((e) => e.countries.includes('KZ')).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

describe('with JavaScript off', () => {
  it('every kind of page is there to read, with its figures, tables and press text', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    const press = `проведено ${report.events.length} международных мероприятия`;

    expect((await page.goto(`${NGINX}/`))?.status()).toBe(200);
    await expect(heading(page, 'Обзор квартала').isVisible()).resolves.toBe(true);
    expect(await page.getByText(press).first().isVisible()).toBe(true);
    // The plain-SVG charts and the map are drawn into the HTML, with their table alternatives.
    expect(await page.getByRole('figure').locator('svg').count()).toBeGreaterThan(2);
    expect(await page.getByRole('button', { name: /Беларусь/ }).count()).toBeGreaterThan(0);

    expect((await page.goto(`${NGINX}/events`))?.status()).toBe(200);
    expect(await resultCount(page).textContent()).toBe(`Найдено: ${report.events.length} из ${report.events.length}`);
    // Every row, not only the ones a virtualised table would show in view.
    expect(await eventRows(page).count()).toBe(report.events.length);

    expect((await page.goto(`${NGINX}/events/${EVENT.id}`))?.status()).toBe(200);
    await expect(heading(page, EVENT.title).isVisible()).resolves.toBe(true);
    expect(await page.getByText(EVENT.description.slice(0, 60)).first().isVisible()).toBe(true);

    expect((await page.goto(`${NGINX}/countries/BY`))?.status()).toBe(200);
    await expect(heading(page, 'Республика Беларусь').isVisible()).resolves.toBe(true);
    expect(await page.getByText(`${BY_EVENTS} мероприят`).first().isVisible()).toBe(true);

    expect((await page.goto(`${NGINX}/quality`))?.status()).toBe(200);
    expect(await page.getByText(report.source.sha256).first().isVisible()).toBe(true);

    expect((await page.goto(`${NGINX}/no-such-page`))?.status()).toBe(404);
    await expect(heading(page, 'Страница не найдена').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('links are plain links between prerendered pages', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${NGINX}/`);
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мероприятия' }).click();
    await page.waitForURL(`${NGINX}/events`);
    await page.getByRole('link', { name: EVENT.title }).first().click();
    await page.waitForURL(`${NGINX}/events/${EVENT.id}`);
    await expect(heading(page, EVENT.title).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('hydration', () => {
  /** Opens `url` with the app's entry script held back until a node of the HTML is marked. */
  async function openMarked(url: string) {
    const opened = await openPage(browser);
    const { page } = opened;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const reportRequests: string[] = [];
    const dataFileRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/reports/')) reportRequests.push(request.url());
      if (/\/assets\/report-[^/]+\.json$/.test(request.url())) dataFileRequests.push(request.url());
    });
    const response = await page.goto(url, { waitUntil: 'commit' });
    await page.locator('#root h2').first().waitFor({ state: 'attached' });
    await page.evaluate(() => {
      (window as unknown as { marked: Element }).marked = document.querySelector('#root h2')!;
    });
    release();
    return { ...opened, response, reportRequests, dataFileRequests };
  }

  /**
   * Whether React has taken over the heading the HTML came with: the same node is still in the page
   * (not replaced by a fresh render) and carries React's fiber (hydrated).
   */
  const hydratedInPlace = (page: Page) =>
    page.evaluate(() => {
      const { marked } = window as unknown as { marked: Element };
      return marked.isConnected && Object.keys(marked).some((key) => key.startsWith('__reactFiber$'));
    });

  it('the overview hydrates in place from the data it came with, and its controls then work', async () => {
    const { page, problems, context, reportRequests, dataFileRequests } = await openMarked(`${NGINX}/`);
    const toggle = page.getByRole('button', { name: /Беларусь/ }).first();
    // A click before hydration would do nothing: the URL changes once React handles it.
    await expect
      .poll(async () => {
        await toggle.click();
        return new URL(page.url()).searchParams.get('country');
      })
      .toBe('BY');
    expect(await hydratedInPlace(page)).toBe(true);
    // Not the API's report: the page's data file, once (the app's fetch takes the preload's answer).
    expect(reportRequests).toEqual([]);
    expect(dataFileRequests).toHaveLength(1);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  it('every kind of page hydrates without a warning; the not-found page keeps its 404', async () => {
    for (const [path, status, title] of [
      ['/events', 200, 'Мероприятия'],
      [`/events/${EVENT.id}`, 200, EVENT.title],
      ['/countries/KZ', 200, 'Республика Казахстан'],
      ['/quality', 200, 'Данные и качество'],
      ['/no-such-page', 404, 'Страница не найдена'],
    ] as const) {
      const { page, problems, context, response, reportRequests } = await openMarked(`${NGINX}${path}`);
      expect(response?.status(), path).toBe(status);
      await heading(page, title).waitFor();
      await expect.poll(() => hydratedInPlace(page), { message: path, timeout: 15_000 }).toBe(true);
      // Navigation inside the app then works as before.
      await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Обзор' }).click();
      await heading(page, 'Обзор квартала').waitFor();
      expect(new URL(page.url()).pathname, path).toBe('/');
      expect(reportRequests, path).toEqual([]);
      // Chromium logs the 404 of the not-found page's own document; nothing else may appear.
      const consoleErrors = problems.consoleErrors.filter((text) => !(status === 404 && /status of 404/.test(text)));
      expect({ ...problems, consoleErrors }, path).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
      await context.close();
    }
  });

  it('an address asking for more than its HTML shows (a filter) is rendered afresh and ends right', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${NGINX}/events?country=KZ`);
    await expect.poll(() => resultCount(page).textContent()).toBe(`Найдено: ${KZ_EVENTS} из ${report.events.length}`);
    await expect.poll(() => eventRows(page).count()).toBe(KZ_EVENTS);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  it('a page whose report data file does not arrive is rendered afresh from the API, and works', async () => {
    const { page, problems, context } = await openPage(browser);
    const apiReports: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/reports/')) apiReports.push(new URL(request.url()).pathname);
    });
    await page.route(/\/assets\/report-[^/]+\.json$/, (route) => route.abort());
    await page.goto(`${NGINX}/events`);
    await page.getByRole('checkbox', { name: /Казахстан/ }).check();
    await expect.poll(() => resultCount(page).textContent()).toBe(`Найдено: ${KZ_EVENTS} из ${report.events.length}`);
    expect(apiReports).toContain(`/api/reports/${report.id}.json`);
    // Chromium logs the aborted request itself; nothing else may appear.
    const consoleErrors = problems.consoleErrors.filter((text) => !/ERR_FAILED/.test(text));
    expect({ ...problems, consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  it('under the sub-path too', async () => {
    const { page, problems, context, reportRequests } = await openMarked(`${SUB}/events/${EVENT.id}`);
    await heading(page, EVENT.title).waitFor();
    await expect.poll(() => hydratedInPlace(page), { timeout: 15_000 }).toBe(true);
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мероприятия' }).click();
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    expect(reportRequests).toEqual([]);
    expect(problems).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});

describe('no layout shift', () => {
  /**
   * Where the blocks of the page that start in the first screen sit (what a layout shift would move):
   * headings, sections, figures, tables, cards.
   */
  async function layout(page: Page) {
    return page.evaluate(() =>
      [...document.querySelectorAll('#root :is(h1, h2, h3, section, figure, table, .card)')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.top < window.innerHeight && box.height > 0)
        // A block reaching below the first screen may grow there (charts take their measured width).
        .map(({ el, box }) =>
          [
            el.tagName,
            el.className,
            ...[box.x, box.y, box.width].map(Math.round),
            box.bottom <= window.innerHeight ? Math.round(box.height) : 'below',
          ].join(' '),
        ),
    );
  }

  /** What the stylesheet decides for every element of the page: its box, colours, type and layout. */
  async function computedStyles(page: Page) {
    // Off-screen blocks that skip their rendering (content-visibility: auto) take a placeholder size
    // until drawn, at a moment of the browser's choosing: the page is compared drawn whole.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) el.style.contentVisibility = 'visible';
    });
    return page.evaluate(() => {
      const props = [
        'display',
        'position',
        'width',
        'height',
        'margin',
        'padding',
        'border-top',
        'border-radius',
        'color',
        'background-color',
        'box-shadow',
        'font-size',
        'font-weight',
        'line-height',
        'text-align',
        'white-space',
        'visibility',
        'opacity',
        'overflow',
        'grid-template-columns',
        'flex-direction',
        'gap',
      ];
      return [...document.querySelectorAll('body *')].map((el) => {
        const style = getComputedStyle(el);
        const values = props.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ');
        return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} { ${values} }`;
      });
    });
  }

  it.each([
    { width: 1366, height: 768, media: 'screen' },
    { width: 412, height: 823, media: 'screen' },
    { width: 1366, height: 768, media: 'print' },
  ] as const)(
    'the rules inline in each page style all of it as the whole stylesheet does ($width px, $media)',
    async ({ media, ...viewport }) => {
      const paths = [
        '/',
        '/events',
        '/countries/BY',
        `/events/${EVENT.id}`,
        '/quality',
        '/years/2026',
        '/reports',
        '/no-such-page',
      ];
      for (const path of paths) {
        const styled = async (stylesheet: boolean) => {
          const { page, context } = await openPage(browser, { viewport, javaScriptEnabled: false });
          await page.emulateMedia({ media });
          let asked = false;
          await page.route(/\/assets\/style-[^/]+\.css$/, (route) => {
            asked = true;
            return stylesheet ? route.continue() : route.abort();
          });
          await page.goto(`${NGINX}${path}`, { waitUntil: 'load' });
          const styles = await computedStyles(page);
          await context.close();
          expect(asked, `${path} links the whole stylesheet`).toBe(true);
          return styles;
        };
        const inline = await styled(false);
        expect(inline.length, path).toBeGreaterThan(20);
        expect(inline, `${path} at ${viewport.width} px, ${media}`).toEqual(await styled(true));
      }
    },
    180_000,
  );

  it.each([
    { width: 1366, height: 768 },
    { width: 412, height: 823 },
  ])(
    'the first screen of each page is laid out the same before its scripts run as once hydrated ($width px)',
    async (viewport) => {
      for (const path of ['/', '/events', '/countries/BY', `/events/${EVENT.id}`, '/quality']) {
        const off = await openPage(browser, { viewport, javaScriptEnabled: false });
        await off.page.goto(`${NGINX}${path}`);
        const before = await layout(off.page);
        await off.context.close();

        const on = await openPage(browser, { viewport });
        await on.page.goto(`${NGINX}${path}`);
        // Hydrated: the heading carries React's fiber.
        await expect
          .poll(
            () =>
              on.page.evaluate(() =>
                Object.keys(document.querySelector('#root h2')!).some((key) => key.startsWith('__reactFiber$')),
              ),
            { timeout: 15_000 },
          )
          .toBe(true);
        expect(await layout(on.page), `${path} at ${viewport.width} px`).toEqual(before);
        await on.context.close();
      }
    },
    120_000,
  );
});

describe('the HTML', () => {
  it('runs no inline script: the data is JSON, and each page says what it is in <head>', async () => {
    for (const [path, title] of [
      ['/', 'Обзор: I квартал 2026 года'],
      [`/events/${EVENT.id}`, `№ ${EVENT.number}.`],
      ['/countries/BY', 'Справка: Беларусь'],
    ] as const) {
      const html = await (await fetch(`${NGINX}${path}`)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(1);
      for (const attrs of scripts) expect(attrs, path).toMatch(/\bsrc="|type="application\/json"/);
      expect(html.match(/<title>([^<]*)<\/title>/)?.[1], path).toContain(title);
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
    }
  });
});
