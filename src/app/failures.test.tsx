// Every network and data failure, injected through the MSW scenarios, ends in an honest Russian
// message with a way out, and never in a half-rendered or wrong report.
import { onlineManager } from '@tanstack/react-query';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setRequestTimeoutMs } from '../api/client';
import { reportKeys } from '../api/reports';
import { server } from '../mocks/node';
import { resetMockScenario, setMockScenario } from '../mocks/scenario';
import { renderApp } from '../../test/support/render-app';
import index from '../../data/reports/index.json';
import report from '../../data/reports/2026-q1.json';

// Whole-app renders with lazy screens: allow for a loaded machine (the default is 1 s).
configure({ asyncUtilTimeout: 5_000 });

/** Counts the API requests per file, to prove what was (not) retried. */
function countRequests() {
  const counts = new Map<string, number>();
  const listener = ({ request }: { request: Request }) => {
    const file = new URL(request.url).pathname.split('/').pop() ?? '';
    counts.set(file, (counts.get(file) ?? 0) + 1);
  };
  server.events.on('request:start', listener);
  return (file: string) => counts.get(file) ?? 0;
}

const reportFile = `${report.id}.json`;
const overviewHeading = (timeout = 5000) =>
  screen.findByRole('heading', { level: 1, name: 'I квартал 2026 года' }, { timeout });

afterEach(() => {
  setRequestTimeoutMs();
  server.events.removeAllListeners();
});

describe('network failures', () => {
  it('retries a 500 twice, then says the server failed, and recovers on retry', async () => {
    const requests = countRequests();
    setMockScenario({ failure: '500', target: 'report' });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Не удалось загрузить отчёт за I квартал 2026 года' }),
    ).toBeVisible();
    expect(within(alert).getByText('Сервер вернул ошибку 500.')).toBeVisible();
    expect(requests(reportFile)).toBe(3);
    resetMockScenario();
    await userEvent.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect(await overviewHeading()).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not retry a 404 and says the data was not found', async () => {
    const requests = countRequests();
    setMockScenario({ failure: '404', target: 'report' });
    renderApp('/events');
    expect(await screen.findByText('Данные не найдены (ошибка 404).', {}, { timeout: 5_000 })).toBeVisible();
    expect(requests(reportFile)).toBe(1);
  });

  it('explains a failed index and loads everything after a retry', async () => {
    const requests = countRequests();
    setMockScenario({ failure: '500', target: 'index', times: 3 });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Не удалось загрузить список отчётов' })).toBeVisible();
    expect(requests(reportFile)).toBe(0);
    await userEvent.click(within(alert).getByRole('button', { name: 'Повторить' }));
    expect(await overviewHeading()).toBeVisible();
  });

  it('abandons a request that hangs past the time limit and reports a timeout', async () => {
    const requests = countRequests();
    setRequestTimeoutMs(100);
    setMockScenario({ failure: 'timeout', target: 'report' });
    renderApp('/');
    expect(await screen.findByText('Сервер не ответил вовремя.')).toBeVisible();
    // One retry only: each attempt has already waited the whole limit.
    expect(requests(reportFile)).toBe(2);
  });

  it('reports a lost connection (request fails at the network level)', async () => {
    setMockScenario({ failure: 'offline', target: 'all' });
    renderApp('/');
    expect(await screen.findByText('Нет связи с сервером. Проверьте подключение к сети.')).toBeVisible();
  });

  it('waits while the browser is offline, says so, and loads when the connection returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onlineManager.setOnline(false);
    try {
      renderApp('/');
      expect(await screen.findByText('Нет подключения к сети')).toBeVisible();
      expect(screen.getByText(/Нет подключения к сети\. Уже загруженные данные остаются на экране/)).toBeVisible();
      onLine.mockReturnValue(true);
      act(() => {
        window.dispatchEvent(new Event('online'));
        onlineManager.setOnline(true);
      });
      expect(await overviewHeading()).toBeVisible();
      expect(screen.queryByText(/Нет подключения к сети/)).not.toBeInTheDocument();
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('shows a skeleton at once and a slow-server message after 3 s, then the data', async () => {
    // Index and report each answer after 1.8 s: 3.6 s in all.
    setMockScenario({ latencyMs: 1_800 });
    renderApp('/');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(/Загрузка/);
    expect(status.querySelector('.skeleton')).not.toBeNull();
    expect(
      await screen.findByText('Сервер отвечает медленно, продолжаем ждать…', {}, { timeout: 3_500 }),
    ).toBeVisible();
    expect(await overviewHeading(3_000)).toBeVisible();
  });

  it('keeps showing the cached report with a banner when a refetch fails', async () => {
    const { queryClient } = renderApp('/');
    expect(await overviewHeading()).toBeVisible();
    setMockScenario({ failure: '500', target: 'report' });
    await act(() => queryClient.refetchQueries({ queryKey: reportKeys.detail(report.id) }));
    const banner = await screen.findByText(/Не удалось обновить данные: Сервер вернул ошибку 500\./);
    expect(banner).toHaveTextContent(/Показана версия отчёта, загруженная в \d\d:\d\d\./);
    // The data is still there, unchanged.
    expect(screen.getByRole('heading', { level: 1, name: 'I квартал 2026 года' })).toBeVisible();
    expect(screen.getByText(report.title)).toBeVisible();
    resetMockScenario();
    await userEvent.click(within(banner).getByRole('button', { name: 'Повторить' }));
    await waitFor(() => expect(screen.queryByText(/Не удалось обновить данные/)).not.toBeInTheDocument());
  });
});

describe('data failures', () => {
  it('rejects a schema-invalid report with a Russian message naming the field, rendering none of it', async () => {
    const requests = countRequests();
    setMockScenario({ failure: 'invalid', target: 'report' });
    renderApp('/');
    expect(
      await screen.findByText('Данные не прошли проверку: поле «events.0.number»: ожидалось число, получено строка.'),
    ).toBeVisible();
    expect(screen.queryByText(report.title)).not.toBeInTheDocument();
    expect(requests(reportFile)).toBe(1);
  });

  it('rejects a schema-invalid index, naming the field', async () => {
    setMockScenario({ failure: 'invalid', target: 'index' });
    renderApp('/');
    expect(await screen.findByText(/Данные не прошли проверку: поле «reports\.0\.eventCount»/)).toBeVisible();
  });

  it('rejects malformed JSON without retrying', async () => {
    const requests = countRequests();
    setMockScenario({ failure: 'malformed', target: 'report' });
    renderApp('/');
    expect(await screen.findByText('Ответ сервера повреждён: это не JSON.')).toBeVisible();
    expect(requests(reportFile)).toBe(1);
  });

  it('explains a report listed in the index but missing, and keeps the other reports usable', async () => {
    setMockScenario({ failure: 'missing' });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Не удалось загрузить отчёт за II квартал 2026 года' }),
    ).toBeVisible();
    expect(within(alert).getByText('Данные не найдены (ошибка 404).')).toBeVisible();
    // The switcher still lists both; the existing report is one click away.
    const switcher = screen.getByRole('combobox', { name: 'Отчёт' });
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['I квартал 2026 года', 'II квартал 2026 года']);
    await userEvent.click(within(alert).getByRole('link', { name: 'I квартал 2026 года' }));
    expect(await overviewHeading()).toBeVisible();
    expect(screen.getByText(report.title)).toBeVisible();
  });

  it('falls back to the newest report, with a notice, when ?report= names an unknown one', async () => {
    renderApp('/?report=2030-q4');
    expect(await overviewHeading()).toBeVisible();
    expect(screen.getByText('Отчёт «2030-q4» не найден в списке; показан последний отчёт.')).toBeVisible();
  });

  it('never turns ?report= into another request path', async () => {
    const requests = countRequests();
    renderApp('/?report=..%2F..%2Findex');
    expect(await overviewHeading()).toBeVisible();
    expect(requests('index')).toBe(0);
    expect(requests(reportFile)).toBe(1);
  });
});

describe('index sanity', () => {
  it('the fixture index lists the report the tests load', () => {
    expect(index.reports.map((r) => r.id)).toContain(report.id);
  });
});

describe('an empty report (0 events)', () => {
  it('overview: every chart shows the empty state, the figures say 0', async () => {
    setMockScenario({ failure: 'empty', target: 'report' });
    const { container } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Обзор квартала' }, { timeout: 5_000 })).toBeVisible();
    // The map is a lazy chunk.
    await waitFor(() => expect(container.querySelectorAll('figure.chart-card').length).toBeGreaterThanOrEqual(5), {
      timeout: 5_000,
    });
    const cards = container.querySelectorAll('figure.chart-card');
    for (const card of cards) {
      expect(card.querySelector('.state--empty')?.textContent).toBe('В отчёте нет мероприятий');
      expect(card.querySelector('svg[data-export]')).toBeNull();
    }
    const events = screen.getByRole('group', { name: 'Мероприятий' });
    expect(events.querySelector('.kpi__value')?.textContent).toBe('0');
  });

  it('events: the list says the report has no events, no table', async () => {
    setMockScenario({ failure: 'empty', target: 'report' });
    renderApp('/events');
    expect(await screen.findByText('В отчёте нет мероприятий', {}, { timeout: 5_000 })).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('country brief and data quality open without errors', async () => {
    setMockScenario({ failure: 'empty', target: 'report' });
    renderApp('/countries/BY');
    expect(
      await screen.findByRole('heading', { name: 'Справка по стране недоступна' }, { timeout: 5_000 }),
    ).toBeVisible();
  });

  it('an index with no reports says so', async () => {
    server.use(http.get('*/api/reports/index.json', () => HttpResponse.json({ reports: [] })));
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Отчётов пока нет' })).toBeVisible();
  });
});

describe('bad links', () => {
  it('an unknown event id says the event was not found', async () => {
    renderApp('/events/2026-q1-999');
    expect(await screen.findByText('Мероприятие не найдено', {}, { timeout: 5_000 })).toBeVisible();
  });

  it('malformed filter parameters get notices; the page keeps working with defaults', async () => {
    const huge = 'я'.repeat(5_000);
    renderApp(`/events?${new URLSearchParams({ from: 'notadate', to: '2026-02-30', country: 'XXX', q: huge })}`);
    expect(
      await screen.findByText('Часть параметров ссылки не распознана и не применена:', {}, { timeout: 5_000 }),
    ).toBeVisible();
    const notices = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(notices).toEqual(
      expect.arrayContaining([
        'from=notadate — дата должна быть в формате ГГГГ-ММ-ДД',
        // Well formed but impossible: the notice says so instead of blaming the format.
        'to=2026-02-30 — такой даты нет в календаре',
        'country=XXX — неизвестный код страны',
        `q=${'я'.repeat(40)}… — запрос сокращён до 200 символов`,
      ]),
    );
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('я'.repeat(200));
    // The shortened query was applied: it is listed apart from what was refused.
    expect(screen.getByText('Часть параметров ссылки исправлена и применена:')).toBeVisible();
  });

  it('reversed dates are swapped and applied, and the notice does not say «не применена»', async () => {
    renderApp(`/events?${new URLSearchParams({ from: '2026-03-15', to: '2026-02-01' })}`);
    expect(
      await screen.findByText('Часть параметров ссылки исправлена и применена:', {}, { timeout: 5_000 }),
    ).toBeVisible();
    expect(screen.queryByText('Часть параметров ссылки не распознана и не применена:')).toBeNull();
  });

  it('a very long unknown ?report= is echoed shortened', async () => {
    renderApp(`/?report=${'x'.repeat(3_000)}`);
    expect(
      await screen.findByText(`Отчёт «${'x'.repeat(40)}…» не найден в списке; показан последний отчёт.`),
    ).toBeVisible();
  });
});
