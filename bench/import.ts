// Step 5: a report loaded in the browser — the real Q1 2026 (34 events) as a Word file, picked on
// /reports, parsed by the ingest core in the importer's Web Worker. Two times per run: the worker's own
// parse (bytes in → validated report out) and file picked → preview on screen (worker start-up, the
// transfer and the preview's render included). Target: the preview under 1 s on this machine.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { readTextExport } from '../src/ingest/read-text';
import { buildDocx } from '../test/support/docx-fixture';
import { RAW_REPORT_PATH } from '../test/support/raw-report';
import { newBenchContext } from './browser';
import { median, round } from './stats';

export interface ImportResult {
  runs: number;
  events: number;
  docxKb: number;
  /** Median time in the worker, ms. */
  parseMs: number | null;
  /** Median time from the file picked to the preview shown, ms. */
  previewMs: number | null;
  pageErrors: string[];
}

export async function measureImport(browser: Browser, url: string, runs: number): Promise<ImportResult> {
  const docx = await buildDocx(readTextExport(readFileSync(RAW_REPORT_PATH, 'utf8')));
  const parse: number[] = [];
  const preview: number[] = [];
  const pageErrors: string[] = [];
  let events = 0;
  for (let i = 0; i < runs; i += 1) {
    const context = await newBenchContext(browser);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${url}/reports`);
    const input = page.getByLabel(/Файл отчёта о мероприятиях/);
    await input.waitFor({ state: 'attached' });
    const started = Date.now();
    await input.setInputFiles({
      name: 'smolensk-international-events-2026-q1.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    const region = page.getByRole('region', { name: /^Предпросмотр: отчёт за/ });
    await region.waitFor({ timeout: 30_000 });
    preview.push(Date.now() - started);
    parse.push(Number(await region.getAttribute('data-parse-ms')));
    events = Number(await region.getByRole('definition').nth(3).textContent());
    await context.close();
  }
  return {
    runs,
    events,
    docxKb: Math.round(docx.length / 102.4) / 10,
    parseMs: round(median(parse)),
    previewMs: round(median(preview)),
    pageErrors,
  };
}
