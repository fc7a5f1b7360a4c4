// Printing in Chromium, read back from the PDF (test/e2e/support/pdf.ts): the provenance a reader
// checks on paper — the source file's name and its SHA-256 — survives print to PDF; the country brief
// is one A4 page with every month and bar value, from any screen width; the overview prints whole on
// at most three landscape pages, its below-the-fold charts drawn although nobody scrolled to them;
// the events table prints every row, not just the ones its virtualised screen view holds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import report from '../../data/reports/2026-q1.json';
import { BASE_URL, launchBrowser, openPage } from './support/browser';
import { eventRows } from './support/locators';
import { printToPdf, unwrapped, type PrintedPdf } from './support/pdf';
import { formatDateRange, formatMonthName } from '../../src/lib/format';
import { countryNames } from '../../src/domain/countries';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('print to PDF', () => {
  it('/quality prints the source file name and its SHA-256', async () => {
    // The hash of the file in data/raw, computed here, not copied from the report.
    const fileName = report.source.file;
    const sha256 = createHash('sha256')
      .update(readFileSync(`data/raw/${fileName}`))
      .digest('hex');
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/quality`);
    await page.getByText(sha256).waitFor();

    const pdf = await printToPdf(page, 'print-quality', { png: true });
    // A narrow cell wraps both over lines (seen in the PNGs): compare without the line breaks.
    const text = unwrapped(pdf.rawText.join('\n'));
    expect(text).toContain(fileName);
    expect(text).toContain(sha256);
    expect(pdf.pageText.join('\n')).toContain('Контрольная сумма SHA-256');
    expect(pdf.pngs).toHaveLength(pdf.pages);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

// Expected figures, counted here from the events' own fields (not by the app's aggregations).
type ReportEvent = (typeof report.events)[number];
const byCountry = (code: string) => report.events.filter((e) => e.countries.includes(code));

/** Months (YYYY-MM) of the period an event's dates touch. */
function monthsOf(e: ReportEvent): string[] {
  if (!e.dates.start) return [];
  const months: string[] = [];
  for (let m = e.dates.start.slice(0, 7); m <= (e.dates.end ?? e.dates.start).slice(0, 7);) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return months;
}
const PERIOD_MONTHS = ['2026-01', '2026-02', '2026-03'];

/** Events per sector, largest first: the bar values of a sector chart, top to bottom. */
function sectorCounts(events: readonly ReportEvent[]): number[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.sector.id, (counts.get(e.sector.id) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a);
}

/** Mondays to Sundays covering the period (the overview's weeks). */
function periodWeeks(): { start: string; end: string }[] {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const first = day(report.period.start);
  first.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const weeks: { start: string; end: string }[] = [];
  for (const d = first; iso(d) <= report.period.end; d.setUTCDate(d.getUTCDate() + 7)) {
    const end = new Date(d);
    end.setUTCDate(end.getUTCDate() + 6);
    weeks.push({ start: iso(d), end: iso(end) });
  }
  return weeks;
}

const A4 = { short: 595, long: 842 };
function expectA4(pdf: PrintedPdf, orientation: 'portrait' | 'landscape') {
  const [w, h] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  expect(Math.abs(pdf.size.width - w)).toBeLessThan(2);
  expect(Math.abs(pdf.size.height - h)).toBeLessThan(2);
}

/**
 * Opens a page and waits until its heading is there and no request has been open for half a second
 * (the code a chart asks for while rendering included) — a reader's «just opened», without scrolling.
 */
async function open(url: string, viewport = { width: 1366, height: 768 }) {
  const opened = await openPage(browser, { viewport });
  const { page } = opened;
  let inFlight = 0;
  let quietSince = Date.now();
  page.on('request', () => inFlight++);
  const done = () => {
    inFlight--;
    quietSince = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(`${BASE_URL}${url}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await expect.poll(() => inFlight === 0 && Date.now() - quietSince >= 500, { timeout: 15_000 }).toBe(true);
  return opened;
}

async function closeClean({ problems, context }: Awaited<ReturnType<typeof open>>) {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
}

describe('print to PDF: the country brief', () => {
  for (const code of ['BY', 'KZ']) {
    it(`${code}: one A4 portrait page with every month and every bar value`, async () => {
      const opened = await open(`/countries/${code}`);
      const pdf = await printToPdf(opened.page, `print-brief-${code}`, { png: true });
      expect(pdf.pages).toBe(1);
      expectA4(pdf, 'portrait');
      const raw = pdf.rawText.join('\n');
      expect(raw).not.toMatch(/Загрузка/);
      expect(pdf.pageText[0]).toContain(countryNames(code).official);

      const events = byCountry(code);
      // The month chart: every month of the quarter, then its value on each bar (zero included).
      const months = PERIOD_MONTHS.map((m) => events.filter((e) => monthsOf(e).includes(m)).length);
      expect(raw).toContain(`${PERIOD_MONTHS.map(formatMonthName).join(' ')}\n${months.join('\n')}\n`);
      // The sector chart: a value at the end of every bar, top to bottom.
      expect(raw).toContain(`\n${sectorCounts(events).join('\n')}\n`);
      // Every event, with its date and number.
      const text = unwrapped(raw);
      for (const e of events)
        expect(text).toContain(unwrapped(`${formatDateRange(e.dates.start, e.dates.end)} № ${e.number}.`));
      expect(text).toContain(unwrapped(report.source.file));
      await closeClean(opened);
    });
  }

  it('BY: still one page when printed from a phone or a wall screen (charts laid out for the paper)', async () => {
    for (const width of [390, 1920]) {
      const opened = await open('/countries/BY', { width, height: 900 });
      const pdf = await printToPdf(opened.page, `print-brief-BY-${width}`);
      expect(pdf.pages, `printed from ${width} px`).toBe(1);
      const months = PERIOD_MONTHS.map((m) => byCountry('BY').filter((e) => monthsOf(e).includes(m)).length);
      expect(pdf.rawText[0]).toContain(`${PERIOD_MONTHS.map(formatMonthName).join(' ')}\n${months.join('\n')}\n`);
      await closeClean(opened);
    }
  });
});

describe('print to PDF: the overview', () => {
  it('prints whole on at most three A4 landscape pages, right after opening, without scrolling', async () => {
    const opened = await open('/');
    const pdf = await printToPdf(opened.page, 'print-overview', { png: true });
    expect(pdf.pages).toBeLessThanOrEqual(3);
    expectA4(pdf, 'landscape');
    const raw = pdf.rawText.join('\n');
    // The map and the weekly bars draw only when scrolled near: printing draws them.
    expect(raw).not.toMatch(/Загрузка/);
    const text = unwrapped(raw);
    for (const sector of new Set(report.events.map((e) => e.sector.name))) expect(text).toContain(unwrapped(sector));
    for (const code of new Set(report.events.flatMap((e) => e.countries)))
      expect(text).toContain(unwrapped(countryNames(code).short));
    for (const week of periodWeeks()) expect(text).toContain(unwrapped(formatDateRange(week.start, week.end)));
    await closeClean(opened);
  });
});

describe('print to PDF: the events table', () => {
  async function printTable(page: Page, name: string) {
    const pdf = await printToPdf(page, name, { png: true });
    expectA4(pdf, 'landscape');
    // The table's header repeats on every page that holds rows.
    for (const text of pdf.pageText.filter((t) => /№ *\S/.test(t) && /Участники/.test(t)))
      expect(text).toMatch(/Мероприятие/);
    return unwrapped(pdf.rawText.join('\n'));
  }

  it('prints every row of the table, although the screen holds only the rows in view', async () => {
    const opened = await open('/events', { width: 1366, height: 500 });
    const onScreen = await eventRows(opened.page).count();
    expect(onScreen).toBeLessThan(report.events.length); // virtualised
    const text = await printTable(opened.page, 'print-events');
    for (const e of report.events) expect(text).toContain(unwrapped(e.title));
    // Back on screen, the table is virtualised again.
    await expect.poll(() => eventRows(opened.page).count()).toBeLessThan(report.events.length);
    await closeClean(opened);
  });

  it('prints the filtered rows only', async () => {
    const opened = await open('/events?country=KZ');
    const text = await printTable(opened.page, 'print-events-KZ');
    const kz = byCountry('KZ');
    for (const e of report.events) {
      if (kz.includes(e)) expect(text).toContain(unwrapped(e.title));
      else expect(text).not.toContain(unwrapped(e.title));
    }
    await closeClean(opened);
  });
});
