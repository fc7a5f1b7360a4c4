// Loading a report in the browser: a Word file is parsed in a worker, previewed, kept in IndexedDB on
// confirm, works like a published report on every screen, survives a reload, downloads as the JSON file
// data/reports/ would publish, and goes away when removed. The Q2 file is synthetic
// (test/support/synthetic-quarters.ts): Q1 2026's rows with rows 1–3 dropped and 5 copies added (36).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/domain/report-schema';
import { Q2_2026, syntheticDocx, syntheticFileName, type SyntheticSpec } from '../support/synthetic-quarters';
import { BASE_URL, launchBrowser, openPage, screenshot } from './support/browser';
import { resultCount } from './support/locators';

let browser: Browser;
let q2Docx: Buffer;
beforeAll(async () => {
  browser = await launchBrowser();
  q2Docx = await syntheticDocx(Q2_2026);
});
afterAll(async () => {
  await browser?.close();
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function pick(page: Page, name: string, buffer: Buffer, mimeType = DOCX) {
  await page.getByLabel(/Файл отчёта о мероприятиях/).setInputFiles({ name, mimeType, buffer });
}

/** Intl writes a no-break space before «%». */
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? '';

const switcher = (page: Page) => page.getByRole('combobox', { name: 'Отчёт', exact: true });

describe('loading a report in the browser', () => {
  it('previews a Word file, keeps it on confirm, shows it on every screen, keeps it on reload, removes it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/reports`);
    await pick(page, syntheticFileName(Q2_2026, 'docx'), q2Docx);

    const preview = page.getByRole('region', { name: /^Предпросмотр: отчёт за II квартал 2026 года/ });
    await preview.waitFor();
    // 34 Q1 rows − rows 1–3 + 5 copies (the spec in synthetic-quarters.ts).
    await expect.poll(() => preview.getByRole('definition').nth(3).textContent()).toBe('36');
    // Rows 1–6 are the economy heading's; rows 1–3 dropped and a copy of row 4 added: 4 events.
    const economy = preview.getByRole('row', { name: /Сотрудничество в сфере экономического/ });
    await expect.poll(() => economy.getByRole('cell').textContent()).toBe('4');
    await screenshot(page, 'import-preview');

    await preview.getByRole('button', { name: 'Сохранить в браузере' }).click();
    await page.getByText('Отчёт за II квартал 2026 года сохранён в этом браузере.').waitFor();
    await expect
      .poll(() => switcher(page).locator('option').allTextContents())
      .toEqual(['I квартал 2026 года', 'II квартал 2026 года — загружен локально']);

    await page.getByRole('link', { name: 'Открыть обзор за II квартал 2026 года' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('II квартал 2026 года');
    expect(page.url()).toContain('report=2026-q2-local');
    await page.getByRole('note').filter({ hasText: 'Этот отчёт загружен локально' }).waitFor();
    // Compared with the published Q1 (34 events): +2, 2/34 ≈ 6 %; Serbia new, the UAE (row 3) gone.
    const events = page.getByRole('group', { name: 'Мероприятий', exact: true });
    await expect
      .poll(async () => plain(await events.textContent()))
      .toContain('на 2 больше, чем в I квартале 2026 года (+6 %)');
    const press = page.getByRole('region', { name: 'Цифры для прессы' });
    expect(plain(await press.textContent())).toContain(
      'Во II квартале 2026 года международных мероприятий на 2 больше, чем в I квартале 2026 года: 36 против 34 (+6 %).',
    );
    expect(await page.getByRole('figure', { name: 'Мероприятия по странам-партнёрам' }).textContent()).toContain(
      'В I квартале 2026 года не было: Сербия.',
    );
    await screenshot(page, 'import-overview-compared');

    // The explorer counts the local report's events like a published one's.
    await page.getByRole('link', { name: 'Мероприятия', exact: true }).click();
    await expect.poll(() => resultCount(page).textContent()).toMatch(/Найдено: 36 из 36/);

    await page.reload();
    await expect.poll(() => resultCount(page).textContent()).toMatch(/Найдено: 36 из 36/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('II квартал 2026 года');

    // Download: the JSON file data/reports/ would publish, with the Word file's SHA-256.
    await page.getByRole('link', { name: 'Отчёты', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать JSON отчёта за II квартал 2026 года' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026-q2.json');
    const saved = reportSchema.parse(JSON.parse(await readFile((await download.path())!, 'utf8')));
    expect(saved.source.sha256).toBe(createHash('sha256').update(q2Docx).digest('hex'));
    expect(saved.source.file).toBe('synthetic-2026-q2.docx');
    expect(saved.events).toHaveLength(36);

    await page.getByRole('button', { name: 'Удалить отчёт за II квартал 2026 года' }).click();
    await page
      .getByRole('group', { name: 'Удалить отчёт за II квартал 2026 года?' })
      .getByRole('button', { name: 'Удалить' })
      .click();
    await expect.poll(() => switcher(page).locator('option').allTextContents()).toEqual(['I квартал 2026 года']);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('I квартал 2026 года');
    await page.getByRole('link', { name: 'Обзор', exact: true }).click();
    await page.getByText('Сравнение появится, когда будет загружен второй отчёт.').waitFor();

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it('refuses a file that is not a report with the ingest’s Russian message, keeping nothing', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/reports`);
    await pick(page, 'отчёт.docx', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf');
    const alert = page.getByRole('alert').filter({ hasText: 'Файл «отчёт.docx» не загружен' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/PDF/);
    expect(await switcher(page).locator('option').allTextContents()).toEqual(['I квартал 2026 года']);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('shows what a second file for the published quarter changes before keeping it', async () => {
    const { page, problems, context } = await openPage(browser);
    // Q1 2026 from another file: row 34 left out (synthetic, named so).
    const secondQ1: SyntheticSpec = { year: 2026, quarter: 1, drop: [34] };
    await page.goto(`${BASE_URL}/reports`);
    await pick(page, syntheticFileName(secondQ1, 'docx'), await syntheticDocx(secondQ1));
    const preview = page.getByRole('region', { name: /^Предпросмотр: отчёт за I квартал 2026 года/ });
    await preview.waitFor();
    await preview.getByText(/уже опубликован/).waitFor();
    const diff = preview.getByRole('region', { name: 'Что изменится по сравнению с опубликованным отчётом' });
    await expect
      .poll(() => diff.getByText(/^Добавлено:/).textContent())
      .toMatch(/Добавлено: 0, удалено: 1, изменено: 0/);
    expect(await diff.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^№ 34\. Участие в работе Миссии наблюдателей/),
    ]);
    await screenshot(page, 'import-diff');
    await preview.getByRole('button', { name: 'Отменить' }).click();
    await expect.poll(() => preview.count()).toBe(0);
    expect(await switcher(page).locator('option').allTextContents()).toEqual(['I квартал 2026 года']);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
