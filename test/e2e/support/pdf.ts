// Print-to-PDF for e2e journeys: Chromium prints the current page (A4, as a user's «Печать → PDF»
// would), Debian's poppler-utils read it back — page count (pdfinfo), text per page (pdftotext -layout)
// and, for a person to look at, PNG pages (pdftoppm -r 60). Files go to test-results/.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './browser';
import { requirePoppler } from './debian-packages';

const run = promisify(execFile);

export interface PrintOptions {
  /** A4 landscape instead of portrait. */
  landscape?: boolean;
  /** Also render every page to test-results/<name>-<n>.png at 60 dpi. */
  png?: boolean;
}

export interface PrintedPdf {
  /** test-results/<name>.pdf */
  path: string;
  pages: number;
  /** Size of the first page in points (A4 portrait ≈ 595 × 842, landscape ≈ 842 × 595). */
  size: { width: number; height: number };
  /** The text of each page as laid out (pdftotext -layout); pageText[0] is page 1. */
  pageText: string[];
  /**
   * The text of each page in the order it was drawn (pdftotext -raw): a value wrapped inside a narrow
   * cell stays in one piece but for the line breaks (see `unwrapped`), where -layout interleaves it with
   * the next column.
   */
  rawText: string[];
  /** PNG files of the pages, when asked for. */
  pngs: string[];
}

async function poppler(tool: string, args: string[]): Promise<string> {
  requirePoppler();
  return (await run(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Prints the page as it is now (print media, the page's own @page size if it sets one). */
export async function printToPdf(page: Page, name: string, options: PrintOptions = {}): Promise<PrintedPdf> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.pdf`);
  await page.pdf({
    path,
    format: 'A4',
    landscape: options.landscape ?? false,
    preferCSSPageSize: true,
    printBackground: true,
  });
  const info = await poppler('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const [width, height] = (/^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? []).slice(1).map(Number);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`pdfinfo found no page count in ${path}:\n${info}`);
  const pageText: string[] = [];
  const rawText: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const range = ['-f', String(n), '-l', String(n)];
    pageText.push((await poppler('pdftotext', ['-layout', ...range, path, '-'])).replace(/\f$/, ''));
    rawText.push((await poppler('pdftotext', ['-raw', ...range, path, '-'])).replace(/\f$/, ''));
  }
  let pngs: string[] = [];
  if (options.png) {
    // pdftoppm numbers pages with as many digits as the count needs: name-1.png or name-01.png.
    const own = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`);
    for (const file of readdirSync(ARTIFACTS_DIR).filter((f) => own.test(f))) rmSync(join(ARTIFACTS_DIR, file));
    await poppler('pdftoppm', ['-png', '-r', '60', path, join(ARTIFACTS_DIR, name)]);
    pngs = readdirSync(ARTIFACTS_DIR)
      .filter((file) => own.test(file))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))
      .map((file) => join(ARTIFACTS_DIR, file));
  }
  return { path, pages, size: { width: width ?? NaN, height: height ?? NaN }, pageText, rawText, pngs };
}

/** Text with all whitespace removed, to find a hash or file name that print wrapped over lines. */
export function unwrapped(text: string): string {
  return text.replace(/\s+/g, '');
}
