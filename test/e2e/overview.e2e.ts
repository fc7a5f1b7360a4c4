// The overview in Chromium against the production build: every chart draws a non-empty SVG, a click on
// Belarus cross-filters the KPI cards, downloads carry title and context, the page fits the three
// target screens without horizontal scrolling, and the overview passes axe.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, openPage, screenshot } from './support/browser';

const CHARTS = [
  'Мероприятия по направлениям сотрудничества',
  'Участия по направлениям, человек',
  'Мероприятия по странам-партнёрам',
  'Карта стран-партнёров: число мероприятий',
  'Мероприятия по неделям квартала',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function kpiValue(page: Page, label: string): Promise<string> {
  return page
    .getByRole('group', { name: label, exact: true })
    .locator('.kpi__value')
    .innerText()
    .then((t) => t.replace(/\s+/g, ' ').trim());
}

async function waitForCharts(page: Page) {
  for (const name of CHARTS) await page.getByRole('figure', { name }).waitFor();
  // The map is its own lazy chunk: wait for its partner countries.
  await page
    .getByRole('button', { name: /^Беларусь: \d+ мероприят/ })
    .first()
    .waitFor();
  await page.locator('.country-map svg path').first().waitFor();
}

describe('overview', () => {
  it('draws every chart as a non-empty SVG', async () => {
    const { page, problems, context } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${BASE_URL}/`);
    await waitForCharts(page);
    for (const name of CHARTS) {
      const figure = page.getByRole('figure', { name });
      const shapes = await figure.locator('.chart-card__chart svg').evaluateAll((svgs) =>
        svgs.map((svg) => ({
          marks: svg.querySelectorAll('rect, path').length,
          width: svg.getBoundingClientRect().width,
          height: svg.getBoundingClientRect().height,
        })),
      );
      expect(shapes.length, name).toBeGreaterThan(0);
      for (const s of shapes) {
        expect(s.marks, name).toBeGreaterThan(3);
        expect(s.width, name).toBeGreaterThan(200);
        expect(s.height, name).toBeGreaterThan(100);
      }
    }
    // The map draws the world offline from world-atlas: ~177 country shapes, no tiles requested.
    expect(await page.locator('.country-map svg path').count()).toBeGreaterThan(150);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('cross-filters by Belarus: the URL holds the filter and the KPI cards change', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/`);
    await waitForCharts(page);
    const before = {
      events: await kpiValue(page, 'Мероприятий'),
      countries: await kpiValue(page, 'Стран-партнёров'),
      people: await kpiValue(page, 'Участий в мероприятиях'),
    };
    const countries = page.getByRole('figure', { name: 'Мероприятия по странам-партнёрам' });
    const belarus = countries.getByRole('button', { name: /^Беларусь: (\d+) мероприят/ });
    const belarusEvents = /: (\d+)/.exec((await belarus.getAttribute('aria-label'))!)![1]!;
    await belarus.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?country=BY');
    await expect.poll(() => kpiValue(page, 'Мероприятий')).toBe(belarusEvents);
    expect(Number(belarusEvents)).toBeLessThan(Number(before.events));
    expect(await kpiValue(page, 'Стран-партнёров')).not.toBe(before.countries);
    expect(await kpiValue(page, 'Участий в мероприятиях')).not.toBe(before.people);
    expect(await page.getByRole('button', { name: /Убрать фильтр: .*Беларусь/ }).isVisible()).toBe(true);
    const show = page.getByRole('link', { name: `Показать эти мероприятия (${belarusEvents})` });
    expect(await show.getAttribute('href')).toBe('/events?country=BY');
    await screenshot(page, 'overview-belarus-1366x768');

    // A shared link reproduces the view.
    await page.goto(`${BASE_URL}/?country=BY`);
    await expect.poll(() => kpiValue(page, 'Мероприятий')).toBe(belarusEvents);
    // Removing the chip restores the quarter.
    await page.getByRole('button', { name: /Убрать фильтр: .*Беларусь/ }).click();
    await expect.poll(() => kpiValue(page, 'Мероприятий')).toBe(before.events);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('downloads a chart as SVG and PNG with title, legend and source footer', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/?country=BY`);
    await waitForCharts(page);
    const title = 'Мероприятия по направлениям сотрудничества';
    const figure = page.getByRole('figure', { name: title });

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: `Скачать график «${title}» в SVG` }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('smolensk-2026-q1-sectors-BY.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toContain('>Мероприятия</text>'); // the legend
    expect(svg).toContain('Источник:');
    expect(svg).toMatch(/Фильтр:[^<]*Беларусь/);
    expect(svg).toContain('Сотрудничество в сфере');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: `Скачать график «${title}» в PNG` }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('smolensk-2026-q1-sectors-BY.png');
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // PNG width (bytes 16–19) is twice the SVG's: a 2× pixel ratio.
    const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(png.readUInt32BE(16)).toBe(svgWidth * 2);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`fits ${viewport.width}×${viewport.height} without horizontal scrolling`, async () => {
      const { page, problems, context } = await openPage(browser, { viewport });
      await page.goto(`${BASE_URL}/`);
      await waitForCharts(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Wrapped axis labels stay inside their chart.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-card__chart svg')].flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .map((t) => t.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
            .map((r) => `${r.left}-${r.right} outside ${box.left}-${box.right}`);
        }),
      );
      expect(clipped).toEqual([]);
      await screenshot(page, `overview-${viewport.width}x${viewport.height}`);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('passes axe on the overview', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/`);
    await waitForCharts(page);
    const results = await new AxeBuilder({ page }).include('.overview').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
