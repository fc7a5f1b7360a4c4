// Events explorer journeys in Chromium against the production build: every filter a user can set
// is in the URL, restores exactly, and the rows match a hand count of the report.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAND, loadReport, present, rawRowsMatching } from '../support/raw-report';
import { BASE_URL, launchBrowser, openPage, screenshot } from './support/browser';
import { eventRows, eventsTable, resultCount } from './support/locators';

const report = loadReport();
const total = report.events.length;
const sorted = (ns: readonly number[]) => [...ns].sort((a, b) => a - b);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function countText(page: Page): Promise<string> {
  return ((await resultCount(page).textContent()) ?? '').replace(/\s/g, ' ');
}

async function waitForCount(page: Page, n: number) {
  await expect.poll(() => countText(page)).toBe(`Найдено: ${n} из ${total}`);
}

/** Every row number of the (virtualised) table, collected while scrolling it from top to bottom. */
async function allRowNumbers(page: Page): Promise<number[]> {
  const seen = new Set<number>();
  // The table's scroll container (it has no role of its own).
  const scroller = eventsTable(page).locator('xpath=..');
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let guard = 0; guard < 50; guard++) {
    const numbers = await eventRows(page).evaluateAll((rows) =>
      rows.map((row) => row.querySelector('td')?.textContent ?? ''),
    );
    numbers.forEach((n) => seen.add(Number(n)));
    const atEnd = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollBy({ top: el.clientHeight * 0.8 });
      return end;
    });
    if (atEnd) break;
    await page.waitForTimeout(60);
  }
  return sorted([...seen]);
}

/**
 * The table shows exactly these rows. Polled: the count is the urgent update and the rows follow in a
 * deferred render, so a read right after the count can still see the previous rows.
 */
async function expectRows(page: Page, expected: number[]) {
  await expect.poll(() => allRowNumbers(page), { timeout: 10_000 }).toEqual(expected);
}

async function openExplorer(path = '/events') {
  const opened = await openPage(browser);
  await opened.page.goto(`${BASE_URL}${path}`);
  await opened.page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
  return opened;
}

const byCountry = (code: string) => report.events.filter((e) => e.countries.includes(code)).map((e) => e.number);

describe('events explorer', () => {
  it('filters by Belarus, by Kazakhstan and by both', async () => {
    const { page, problems, context } = await openExplorer();
    await waitForCount(page, total);

    await page.getByRole('checkbox', { name: /Беларусь/ }).check();
    const belarus = byCountry('BY');
    await waitForCount(page, belarus.length);
    await expectRows(page, sorted(belarus));
    // The hand count: every row naming Belarus as a partner, row 13 being the only arguable one.
    expect(belarus).toEqual(expect.arrayContaining(present(report, HAND.belarus)));
    // The URL follows the render (use-url-state), so it is polled, not read once.
    await expect.poll(() => new URL(page.url()).searchParams.getAll('country')).toEqual(['BY']);

    await page.getByRole('checkbox', { name: /Беларусь/ }).uncheck();
    await page.getByRole('checkbox', { name: /Казахстан/ }).check();
    await waitForCount(page, present(report, HAND.kazakhstan).length);
    await expectRows(page, present(report, HAND.kazakhstan));

    await page.getByRole('checkbox', { name: /Беларусь/ }).check();
    const either = sorted([...new Set([...belarus, ...byCountry('KZ')])]);
    await waitForCount(page, either.length);
    await expectRows(page, either);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('country')).toEqual(['KZ', 'BY']);
    await screenshot(page, 'events-by-kz');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('filters by a sector and by a date range', async () => {
    const { page, context } = await openExplorer();
    await page.getByRole('checkbox', { name: /^Спорта/ }).check();
    await waitForCount(page, present(report, HAND.sectors.спорта).length);
    await expectRows(page, present(report, HAND.sectors.спорта));
    await page.getByRole('checkbox', { name: /^Спорта/ }).uncheck();
    await waitForCount(page, total);

    await page.getByLabel('С даты').fill('2026-02-19');
    await page.getByLabel('По дату').fill('2026-02-19');
    await waitForCount(page, present(report, HAND.on19February).length);
    await expectRows(page, present(report, HAND.on19February));
    await expect
      .poll(() => {
        const params = new URL(page.url()).searchParams;
        return [params.get('from'), params.get('to')];
      })
      .toEqual(['2026-02-19', '2026-02-19']);
    await context.close();
  });

  it('searches word forms and highlights matches', async () => {
    const { page, context } = await openExplorer();
    await page.getByRole('searchbox', { name: 'Поиск' }).fill('беларус');
    const expected = present(report, rawRowsMatching(/беларус|белорус/i));
    await waitForCount(page, expected.length);
    await expectRows(page, expected);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('беларус');
    expect(await eventsTable(page).locator('mark').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('opens a detail with Enter and comes back with the filter intact', async () => {
    const { page, context } = await openExplorer('/events?country=KZ&sort=dates&dir=desc');
    await waitForCount(page, present(report, HAND.kazakhstan).length);
    await page.getByRole('link', { name: /Central Asia Fashion/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Central Asia Fashion/, level: 2 }).waitFor();
    const detail = new URL(page.url());
    expect(detail.pathname).toBe('/events/2026-q1-4');
    expect(detail.searchParams.getAll('country')).toEqual(['KZ']);
    expect(await page.getByText('9-11 марта 2026 года').isVisible()).toBe(true);
    await screenshot(page, 'events-detail');

    await page.getByRole('link', { name: /К списку/ }).click();
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    await waitForCount(page, present(report, HAND.kazakhstan).length);
    expect(await page.getByRole('checkbox', { name: /Казахстан/ }).isChecked()).toBe(true);
    expect(await page.getByRole('columnheader', { name: /Даты/ }).getAttribute('aria-sort')).toBe('descending');

    // The browser's back button restores the detail, forward/back again the list.
    await page.goBack();
    await page.getByRole('heading', { name: /Central Asia Fashion/, level: 2 }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    await waitForCount(page, present(report, HAND.kazakhstan).length);
    await context.close();
  });

  it('reloads a shared URL and shows the same rows', async () => {
    const url = '/events?country=BY&month=2026-03&format=offline&q=визит&sort=title';
    const { page, context } = await openExplorer(url);
    const first = await allRowNumbers(page);
    const firstCount = await countText(page);
    expect(first.length).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    await expect.poll(() => countText(page)).toBe(firstCount);
    await expectRows(page, first);
    expect(await page.getByRole('searchbox', { name: 'Поиск' }).inputValue()).toBe('визит');
    await context.close();
  });

  it('keeps only the visible rows in the DOM and has no page-level horizontal scroll on a phone', async () => {
    const { page, context } = await openExplorer();
    // The prerendered HTML holds every row; once hydrated, only those in view (and a few) stay.
    await expect.poll(() => eventRows(page).count()).toBeLessThan(total);
    expect(await allRowNumbers(page)).toHaveLength(total);
    await context.close();

    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${BASE_URL}/events?country=KZ`);
    await phone.page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    expect(await phone.page.getByRole('checkbox', { name: /Казахстан/ }).isVisible()).toBe(false);
    await phone.page.getByRole('button', { name: /Фильтры/ }).click();
    expect(await phone.page.getByRole('checkbox', { name: /Казахстан/ }).isVisible()).toBe(true);
    const widths = await phone.page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await screenshot(phone.page, 'events-phone');
    await phone.context.close();
  });

  it('shows a clear message for an unknown event', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/events/2026-q1-999?country=BY`);
    await page.getByText('Мероприятие не найдено').waitFor();
    expect(await page.getByRole('link', { name: 'К списку мероприятий' }).getAttribute('href')).toBe(
      '/events?country=BY',
    );
    await context.close();
  });
});
