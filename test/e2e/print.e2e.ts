// Printing in Chromium, read back from the PDF: the provenance a reader checks on paper — the source
// file's name and its SHA-256 — survives print to PDF (test/e2e/support/pdf.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import report from '../../data/reports/2026-q1.json';
import { BASE_URL, launchBrowser, openPage } from './support/browser';
import { printToPdf, unwrapped } from './support/pdf';

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
