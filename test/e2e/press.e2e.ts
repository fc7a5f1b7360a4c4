// Press office journeys: the table export of a filtered view downloads a file that says what it is
// and holds the right rows; the country brief prints to PDF; the press text reaches the clipboard.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryNames } from '../../src/domain/countries';
import { filterView } from '../../src/domain/filter-engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { prepareReport } from '../../src/domain/prepared-report';
import { loadReport } from '../support/raw-report';
import { BASE_URL, launchBrowser, openPage, screenshot } from './support/browser';

const report = loadReport();
const kazakhstan = filterView(prepareReport(report), { ...EMPTY_FILTERS, countries: ['KZ'] }).events();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('press office', () => {
  // The explorer's filtered view and the country brief export the same filter (`country=KZ`).
  it.each([
    { url: '/events?country=KZ', ready: new RegExp(`Найдено: ${kazakhstan.length} из ${report.events.length}`) },
    { url: '/countries/KZ', ready: new RegExp(countryNames('KZ').official) },
  ])('downloads the Kazakhstan rows from $url as CSV for Excel and as XLSX', async ({ url, ready }) => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}${url}`);
    await page.getByText(ready).first().waitFor();

    const csv = await download(page, /CSV для Excel/);
    expect(csv.name).toBe('smolensk-2026-q1-events-KZ.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(csv.bytes.subarray(3).toString('utf8'), {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    const [header, ...data] = rows.data;
    expect(header!.slice(0, 3)).toEqual(['№', 'Направление', 'Наименование']);
    expect(data.map((r) => Number(r[0])).sort((a, b) => a - b)).toEqual(kazakhstan.map((e) => e.number));
    for (const row of data) {
      const event = kazakhstan.find((e) => e.number === Number(row[0]))!;
      expect(row[2]).toBe(event.title);
      expect(row[10]).toContain('Казахстан');
    }

    const xlsx = await download(page, /таблицу в XLSX/);
    expect(xlsx.name).toBe('smolensk-2026-q1-events-KZ.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets[0]!.rowCount).toBe(kazakhstan.length + 1);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('prints the Belarus brief to an A4 PDF without the app chrome', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/countries/BY`);
    await page.getByRole('heading', { level: 2, name: countryNames('BY').official }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.app-header', '.app-footer', '.export-menu', '.press-panel__copy'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    await screenshot(page, 'press-brief-print');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    // A4 portrait: 595 × 842 points.
    expect(text).toMatch(/\/MediaBox \[0 0 59\d(\.\d+)? 84\d(\.\d+)?\]/);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('copies the press text of the Belarus brief to the clipboard', async () => {
    const { page, problems, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await page.goto(`${BASE_URL}/countries/BY`);
    const panel = page.getByRole('region', { name: 'Цифры для прессы' });
    await panel.getByRole('button', { name: 'Копировать текст' }).click();
    await panel.getByRole('status').filter({ hasText: 'Скопировано' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`с участием ${countryNames('BY').genitive}`);
    expect(copied).toContain(`Источник: ${report.title}`);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
