// Chart files and the map in Chromium: every chart downloaded as SVG is rendered again in the browser
// and every text in it must lie inside the image (and inside the chart part that clips it), with no
// on-screen hints; the PNG is the same image at 2×. The map shows Belarus big enough to see and click,
// does not call Russia the host, and is one Tab stop with the arrow keys walking the partners. The
// timeline strip names its events and opens them from the keyboard; on a phone the events table is a
// card list without sideways scroll.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import report from '../../data/reports/2026-q1.json';
import { countryNames } from '../../src/domain/countries';
import { ARTIFACTS_DIR, BASE_URL, launchBrowser, openPage, screenshot } from './support/browser';
import { eventRows } from './support/locators';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function downloadFile(
  page: Page,
  button: ReturnType<Page['getByRole']>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

interface TextOutside {
  text: string;
  box: { x: number; y: number; width: number; height: number };
  limit: { x: number; y: number; width: number; height: number };
}

/** Renders an exported SVG in a fresh page and lists every text not inside the image or its chart part. */
async function textsOutside(svg: string): Promise<{ texts: string[]; outside: TextOutside[] }> {
  const { page, context } = await openPage(browser, { viewport: { width: 2400, height: 1600 } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const result = await page.evaluate(() => {
    const root = document.querySelector('body > svg')!;
    const rect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const inside = (box: DOMRect, limit: DOMRect) =>
      box.left >= limit.left - 0.5 &&
      box.top >= limit.top - 0.5 &&
      box.right <= limit.right + 0.5 &&
      box.bottom <= limit.bottom + 0.5;
    const texts: string[] = [];
    const outside: TextOutside[] = [];
    for (const text of root.querySelectorAll('text')) {
      const content = text.textContent ?? '';
      texts.push(content);
      if (!content.trim()) continue;
      const box = text.getBoundingClientRect();
      // A nested <svg> (the chart part) clips what leaves it; the image clips everything.
      const limits = [root.getBoundingClientRect()];
      const part = text.parentElement?.closest('svg');
      if (part && part !== root) limits.push(part.getBoundingClientRect());
      for (const limit of limits)
        if (!inside(box, limit)) outside.push({ text: content, box: rect(box), limit: rect(limit) });
    }
    return { texts, outside };
  });
  await context.close();
  return result;
}

const OVERVIEW_CHARTS = [
  'Мероприятия по направлениям сотрудничества',
  'Участия по направлениям, человек',
  'Мероприятия по странам-партнёрам',
  'Карта стран-партнёров: число мероприятий',
  'Мероприятия по неделям квартала',
];

async function openOverview(width: number) {
  const opened = await openPage(browser, { viewport: { width, height: 900 } });
  await opened.page.goto(`${BASE_URL}/`);
  for (const name of OVERVIEW_CHARTS) await opened.page.getByRole('figure', { name }).waitFor();
  return opened;
}

describe('chart files', () => {
  for (const width of [1366, 390]) {
    it(`every overview chart downloaded at ${width} px keeps all its text inside the image, without hints`, async () => {
      const { page, problems, context } = await openOverview(width);
      for (const title of OVERVIEW_CHARTS) {
        const figure = page.getByRole('figure', { name: title });
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('svg').first().waitFor();
        // The on-screen labels of the chart, to find again in its file.
        const onScreen = (await figure.locator('.chart-card__chart svg text').allTextContents()).filter((t) =>
          t.trim(),
        );
        const svg = await downloadFile(page, figure.getByRole('button', { name: `Скачать график «${title}» в SVG` }));
        const { texts, outside } = await textsOutside(svg.bytes.toString('utf8'));
        expect(outside, `${title}: text outside the image`).toEqual([]);
        const all = texts.join(' ');
        expect(all, title).not.toMatch(/Нажмите|Наведите|стрелки/);
        expect(all.replace(/\s+/g, ' ')).toContain(title.split(' ')[0]);
        expect(all).toContain('Источник:');
        for (const label of onScreen) expect(texts, `${title}: «${label}» on screen`).toContain(label);

        const png = await downloadFile(page, figure.getByRole('button', { name: `Скачать график «${title}» в PNG` }));
        expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
        // To look at; a fresh clone has no test-results/ until the first screenshot.
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        writeFileSync(`${ARTIFACTS_DIR}/export-${width}-${png.name}`, png.bytes);
        const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg.bytes.toString('utf8'))![1]);
        expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);
      }
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('the brief charts keep their text inside the image', async () => {
    const { page, problems, context } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${BASE_URL}/countries/BY`);
    const figures = page.getByRole('figure');
    await figures.first().locator('svg').first().waitFor();
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const button = figures.nth(i).getByRole('button', { name: /в SVG$/ });
      if ((await button.count()) === 0) continue;
      const svg = await downloadFile(page, button);
      const { outside } = await textsOutside(svg.bytes.toString('utf8'));
      expect(outside, svg.name).toEqual([]);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the map', () => {
  const partners = [...new Set(report.events.flatMap((e) => e.countries))];
  const countOf = (code: string) => report.events.filter((e) => e.countries.includes(code)).length;

  it('shows Belarus at least 40 px across at 1366 px, and does not call Russia the host', async () => {
    const { page, problems, context } = await openOverview(1366);
    const map = page.getByRole('figure', { name: 'Карта стран-партнёров: число мероприятий' });
    await map.scrollIntoViewIfNeeded();
    const belarus = map.getByRole('button', { name: /^Беларусь: \d+ мероприят/ });
    await belarus.waitFor();
    const box = (await belarus.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(40);
    await screenshot(page, 'map-1366');
    await map.screenshot({ path: `${ARTIFACTS_DIR}/map-1366-card.png` });
    expect(await map.innerText()).not.toMatch(/принимающая/);
    // Every partner is a button with its count, and every count is on the drawing.
    for (const code of partners)
      await map
        .getByRole('button', { name: new RegExp(`^${countryNames(code).short}: ${countOf(code)} мероприят`) })
        .waitFor();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('is one Tab stop; the arrow keys walk the partners from most events to fewest', async () => {
    const { page, context } = await openOverview(1366);
    const map = page.getByRole('figure', { name: 'Карта стран-партнёров: число мероприятий' });
    const buttons = map.locator('svg [role="button"]');
    await buttons.first().waitFor();
    expect(await map.locator('svg [tabindex="0"]').count()).toBe(1);
    const expected = [...partners].sort((a, b) => countOf(b) - countOf(a));
    await map.locator('svg [tabindex="0"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const seen: string[] = [await focused()];
    for (let i = 1; i < partners.length; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focused());
    }
    const counts = seen.map((label) => Number(/: (\d+)/.exec(label)?.[1]));
    expect(counts).toEqual(expected.map(countOf));
    expect(seen[0]).toMatch(/^Беларусь/);
    // Enter filters the overview by the focused country.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/country=BY/);
    await context.close();
  });
});

describe('the timeline strip', () => {
  it('names every event beside its bar, in readable text, and opens it from the keyboard', async () => {
    const { page, problems, context } = await openOverview(1366);
    const strip = page.getByRole('group', { name: /^Мероприятия полосами по датам/ });
    await strip.scrollIntoViewIfNeeded();
    const bars = strip.getByRole('link');
    await expect.poll(() => bars.count()).toBe(report.events.filter((e) => e.dates.start).length);
    // No text under 11 px in the strip.
    const sizes = await strip
      .locator('text')
      .evaluateAll((texts) => texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    // Each bar is named by its number, title and dates; one of them is in the Tab order.
    const first = [...report.events]
      .filter((e) => e.dates.start)
      .sort((a, b) => a.dates.start!.localeCompare(b.dates.start!))[0]!;
    expect(await bars.first().getAttribute('aria-label')).toContain(`№ ${first.number}. ${first.title}`);
    expect(await strip.locator('[tabindex="0"]').count()).toBe(1);
    await strip.locator('[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(second).toMatch(/^№ \d+\./);
    expect(second).not.toContain(`№ ${first.number}.`);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/events\/./);
    await page.getByRole('navigation', { name: 'Соседние мероприятия' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('on a phone (390 px)', () => {
  it('the events table is a card list, with no sideways scroll and 24 px touch targets', async () => {
    const { page, problems, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${BASE_URL}/events`);
    const rows = eventRows(page);
    await rows.first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The table itself fits: no scrolling inside it either.
    const scroller = page.locator('.events-table__scroller');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // A card shows the title first, with the other fields named.
    const fields = await rows
      .first()
      .getByRole('cell')
      .evaluateAll((cells) =>
        cells
          .map((td) => ({
            top: td.getBoundingClientRect().top,
            label: getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''),
            text: (td as HTMLElement).innerText,
          }))
          .sort((a, b) => a.top - b.top),
      );
    const e = report.events[0]!;
    expect(fields.findIndex((f) => f.text.includes(e.title))).toBeLessThanOrEqual(1); // after its number
    const labels = fields.map((f) => f.label);
    for (const label of ['Даты', 'Направление', 'Место', 'Страны', 'Участники']) expect(labels).toContain(label);
    expect(labels.indexOf('Даты')).toBeGreaterThan(fields.findIndex((f) => f.text.includes(e.title)));
    await screenshot(page, 'events-cards-390');

    await page.getByRole('button', { name: 'Фильтры' }).click();
    const checkbox = page.getByRole('checkbox', { name: /Беларусь/ });
    await checkbox.waitFor();
    // The target is the box with its label: both at least 24 px high, the box itself 18 px with margins.
    const box = (await checkbox.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(18);
    const label = (await checkbox.locator('xpath=ancestor::label[1]').boundingBox())!;
    expect(label.height).toBeGreaterThanOrEqual(24);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  // 42 stops today: the header (8), two skip links, the comparison notice's two links, per chart its table,
  // two downloads and one stop inside (20), the eight country brief links. One stop per bar or week would add 30+.
  it('one Tab stop per chart: «Копировать текст» is reached within 45 presses, not one per bar and week', async () => {
    const { page, context } = await openOverview(1366);
    let presses = 0;
    let name = '';
    while (presses < 45 && !/Копировать текст/.test(name)) {
      await page.keyboard.press('Tab');
      presses++;
      name = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
      });
    }
    expect(name).toMatch(/Копировать текст/);

    // The section skip links: «К цифрам для прессы» puts the press text one Tab away.
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('figure').first().waitFor();
    const skip = page
      .getByRole('navigation', { name: 'На этой странице' })
      .getByRole('link', { name: 'К цифрам для прессы' });
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    let stops = 0;
    do {
      await page.keyboard.press('Tab');
      stops++;
      name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    } while (stops < 5 && !/Копировать текст/.test(name));
    expect(name).toMatch(/Копировать текст/);
    await context.close();
  });
});
