// Failure journeys in Chromium. The mock-API build (MOCK_BASE_URL) injects each failure from the page
// URL (`?mock=…`, see src/mocks/scenario.ts); the production build (BASE_URL) is used for real offline
// and for bad links. Every journey asserts the Russian message, the way out, and a clean page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, MOCK_BASE_URL, openPage, screenshot, type PageProblems } from './support/browser';
import report from '../../data/reports/2026-q1.json';
import { paramNotices, resultCount } from './support/locators';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Chromium logs every failed HTTP answer; those are the injected failures, anything else is not. */
function expectClean(problems: PageProblems) {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
}

const QUARTER = 'I квартал 2026 года';
const overview = (page: Page) => page.getByRole('heading', { name: 'Обзор квартала' });
const alertHeading = (page: Page) => page.getByRole('alert').getByRole('heading');

describe('network failures (mock API build)', () => {
  it('500: retries, then says the server failed; «Повторить» loads the report', async () => {
    const { page, problems, context } = await openPage(browser);
    const reportRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith(`/api/reports/${report.id}.json`)) reportRequests.push(r.url());
    });
    // Three failures exhaust the automatic retries; the fourth request (the user's retry) succeeds.
    await page.goto(`${MOCK_BASE_URL}/?mock=500&mockTarget=report&mockTimes=3`);
    await alertHeading(page).waitFor({ timeout: 15_000 });
    expect(reportRequests).toHaveLength(3);
    expect(await alertHeading(page).textContent()).toBe(`Не удалось загрузить отчёт за ${QUARTER}`);
    expect(await page.getByRole('alert').getByText('Сервер вернул ошибку 500.').isVisible()).toBe(true);
    await screenshot(page, 'reliability-500');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await overview(page).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expectClean(problems);
    await context.close();
  });

  it('404: says the data was not found, and does not ask again', async () => {
    const { page, problems, context } = await openPage(browser);
    const reportRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith(`/api/reports/${report.id}.json`)) reportRequests.push(r.url());
    });
    await page.goto(`${MOCK_BASE_URL}/events?mock=404&mockTarget=report`);
    await page.getByText('Данные не найдены (ошибка 404).').waitFor();
    await page.waitForTimeout(1_500); // a retry would have been sent after 1 s
    expect(reportRequests).toHaveLength(1);
    expectClean(problems);
    await context.close();
  });

  it('timeout: skeleton, then «slow server» after 3 s, then a timeout message', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=timeout&mockTarget=report&mockTimeoutMs=1800`);
    const status = page.getByRole('status').filter({ hasText: /Загрузка отчёта/ });
    await status.waitFor();
    expect(await page.locator('.skeleton').isVisible()).toBe(true);
    await page.getByText('Сервер отвечает медленно, продолжаем ждать…').waitFor({ timeout: 5_000 });
    await page.getByText('Сервер не ответил вовремя.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Повторить' }).isVisible()).toBe(true);
    expectClean(problems);
    await context.close();
  });

  it('lost connection to the API: says so and offers a retry', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=offline&mockTarget=index`);
    await page.getByText('Нет связи с сервером. Проверьте подключение к сети.').waitFor({ timeout: 15_000 });
    expect(await alertHeading(page).textContent()).toBe('Не удалось загрузить список отчётов');
    expectClean(problems);
    await context.close();
  });

  it('slow server: the skeleton and «slow» message, then the data', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mockLatency=2000`); // index and report: 4 s in all
    await page.locator('.skeleton').waitFor();
    await page.getByText('Сервер отвечает медленно, продолжаем ждать…').waitFor({ timeout: 5_000 });
    await screenshot(page, 'reliability-slow');
    await overview(page).waitFor({ timeout: 10_000 });
    expectClean(problems);
    await context.close();
  });

  it('a failed refetch keeps the loaded report on screen, with a banner', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.clock.install();
    // The first report answer is good; every later one fails.
    await page.goto(`${MOCK_BASE_URL}/?mock=500&mockTarget=report&mockAfter=1`);
    await overview(page).waitFor();
    const kpis = await page.locator('.kpis').textContent();
    // Reports are cached for 5 minutes; after that, opening another screen refetches.
    await page.clock.fastForward('06:00');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мероприятия' }).click();
    const banner = page.getByText(/Не удалось обновить данные: Сервер вернул ошибку 500\./);
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/Показана версия отчёта, загруженная в \d\d:\d\d\./);
    // The data is still all there.
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    expect(await resultCount(page).textContent()).toMatch(new RegExp(`из\\s${report.events.length}$`));
    await screenshot(page, 'reliability-stale');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Обзор' }).click();
    await overview(page).waitFor();
    expect(await page.locator('.kpis').textContent()).toBe(kpis);
    expectClean(problems);
    await context.close();
  });
});

describe('data failures (mock API build)', () => {
  it('schema-invalid report: rejected with a message naming the field, nothing half-rendered', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=invalid&mockTarget=report`);
    await page
      .getByText('Данные не прошли проверку: поле «events.0.number»: ожидалось число, получено строка.')
      .waitFor();
    expect(await overview(page).count()).toBe(0);
    expect(await page.getByText(report.title).count()).toBe(0);
    await screenshot(page, 'reliability-invalid');
    expectClean(problems);
    await context.close();
  });

  it('malformed JSON: rejected with a message', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=malformed&mockTarget=index`);
    await page.getByText('Ответ сервера повреждён: это не JSON.').waitFor();
    expect(await alertHeading(page).textContent()).toBe('Не удалось загрузить список отчётов');
    expectClean(problems);
    await context.close();
  });

  it('an index listing a missing report: clear message, the other report one click away', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=missing`);
    await alertHeading(page).waitFor();
    expect(await alertHeading(page).textContent()).toBe('Не удалось загрузить отчёт за II квартал 2026 года');
    expect(await page.getByRole('alert').getByText('Данные не найдены (ошибка 404).').isVisible()).toBe(true);
    await screenshot(page, 'reliability-missing-report');
    await page.getByRole('navigation', { name: 'Другие отчёты' }).getByRole('link', { name: QUARTER }).click();
    await overview(page).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(QUARTER);
    expect(await page.getByRole('combobox', { name: 'Отчёт' }).inputValue()).toBe(report.id);
    expectClean(problems);
    await context.close();
  });

  it('an empty report: every chart and the table show an empty state', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=empty&mockTarget=report`);
    await overview(page).waitFor();
    const charts = page.getByRole('figure');
    await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(5);
    const count = await charts.count();
    for (let i = 0; i < count; i++) {
      expect(await charts.nth(i).getByRole('status').filter({ hasText: 'В отчёте нет мероприятий' }).count()).toBe(1);
      expect(await charts.nth(i).locator('svg[data-export], svg.recharts-surface').count()).toBe(0);
    }
    await screenshot(page, 'reliability-empty-overview');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мероприятия' }).click();
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    await page.getByText('В отчёте нет мероприятий').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expectClean(problems);
    await context.close();
  });
});

describe('offline (production build, the browser loses the network)', () => {
  it('keeps the loaded report, says the network is gone, and recovers', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/`);
    await overview(page).waitFor();
    await context.setOffline(true);
    const banner = page.getByText(/^Нет подключения к сети\. Уже загруженные данные остаются на экране/);
    await banner.waitFor();
    expect(await overview(page).isVisible()).toBe(true);
    // A screen whose code is not loaded yet cannot open offline: an honest message, not a blank page.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Данные и качество' }).click();
    await page.getByRole('heading', { name: 'Не удалось загрузить раздел' }).waitFor();
    await screenshot(page, 'reliability-offline');
    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Повторить' }).click(); // reloads the page
    await page.getByRole('heading', { name: 'Данные и качество', level: 2 }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});

describe('the app itself cannot load (production build)', () => {
  it('a blocked main script leaves the prerendered page to read, not a blank page', async () => {
    const { page, context } = await openPage(browser);
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort('connectionfailed'));
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'Обзор квартала', level: 2 }).waitFor();
    expect(
      await page
        .getByText(/проведено \d+ международных мероприяти/)
        .first()
        .isVisible(),
    ).toBe(true);
    await context.close();
  });
});

describe('bad links (production build)', () => {
  it('unknown path → «Страница не найдена» with links back', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/no/such/page`);
    await page.getByRole('heading', { name: 'Страница не найдена' }).waitFor();
    expect(await page.getByRole('link', { name: 'На главную' }).isVisible()).toBe(true);
    expectClean(problems);
    await context.close();
  });

  it('unknown event id → «Мероприятие не найдено»', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/events/2026-q1-999`);
    await page.getByText('Мероприятие не найдено').waitFor();
    expectClean(problems);
    await context.close();
  });

  it('unknown or malformed country code → a message and the countries that do have a brief', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/countries/ZZ`);
    await page.getByRole('heading', { name: 'Справка по стране недоступна' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('ZZ');
    await page.goto(`${BASE_URL}/countries/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await page.getByRole('heading', { name: 'Справка по стране недоступна' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.getByRole('main').locator('img').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Беларусь' }).count()).toBeGreaterThan(0);
    expectClean(problems);
    await context.close();
  });

  it('malformed filter parameters → notices, ignored values, the full list', async () => {
    const { page, problems, context } = await openPage(browser);
    const params = new URLSearchParams({ from: 'notadate', country: '<script>alert(1)</script>', format: 'hologram' });
    await page.goto(`${BASE_URL}/events?${params}`);
    await page.getByText('Часть параметров ссылки не распознана и не применена:').waitFor();
    const notices = (await paramNotices(page).getByRole('listitem').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    expect(notices).toEqual(
      expect.arrayContaining([
        'country=<script>alert(1)</script> — неизвестный код страны',
        'from=notadate — дата должна быть в формате ГГГГ-ММ-ДД',
        'format=hologram — формат должен быть online или offline',
      ]),
    );
    // Nothing was applied: every event is listed.
    await expect
      .poll(async () => (await resultCount(page).textContent())?.replace(/\s/g, ' '))
      .toBe(`Найдено: ${report.events.length} из ${report.events.length}`);
    expect(await page.getByRole('main').locator('script').count()).toBe(0);
    expectClean(problems);
    await context.close();
  });

  it('a huge search query is cut to 200 characters with a notice, and the page stays responsive', async () => {
    const { page, problems, context } = await openPage(browser);
    // ~1 000 characters (a longer URL is refused by the server itself, before the app sees it).
    await page.goto(`${BASE_URL}/events?q=${encodeURIComponent('<b>Беларусь</b> '.repeat(60))}`);
    await page.getByText(/запрос сокращён до 200 символов/).waitFor();
    expect((await page.getByLabel('Поиск').inputValue()).length).toBeLessThanOrEqual(200);
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Обзор' }).click();
    await overview(page).waitFor();
    expectClean(problems);
    await context.close();
  });
});
