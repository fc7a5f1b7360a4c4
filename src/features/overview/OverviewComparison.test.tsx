// The overview compares the quarter with the previous one (or the same quarter a year earlier) when
// both are known. Q2 2026 here is synthetic (test/support/synthetic-quarters.ts: Q1's rows less rows
// 1–3, plus 5 copies: 36 events), kept in an in-memory IndexedDB like a report loaded in the browser.
// By hand from the spec: 36 against 34 (+2, 2/34 ≈ 6 %); the UAE (row 3 only) gone, Serbia new.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/support/render-app';
import { Q2_2026, syntheticReport } from '../../../test/support/synthetic-quarters';
import { setLocalReportsHint } from '../../api/local-hint';
import { closeLocalStore, saveLocalReport } from '../../api/local-reports';
import { toJson } from '../../domain/report-json';
import type { Report } from '../../domain/report-schema';

const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? '';
let q2: Report;
beforeAll(async () => {
  q2 = await syntheticReport(Q2_2026);
});

afterEach(async () => {
  setLocalReportsHint(false);
  await closeLocalStore();
  indexedDB.deleteDatabase('smolensk-events-local');
});

async function withQ2(url: string) {
  await saveLocalReport(toJson(q2));
  setLocalReportsHint(true);
  renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'II квартал 2026 года' });
}

describe('overview comparison', () => {
  it('says the comparison appears once a second report is loaded, while one quarter exists', async () => {
    renderApp('/');
    expect(await screen.findByText(/Сравнение появится, когда будет загружен второй отчёт/)).toBeVisible();
    expect(screen.queryByText(/чем в IV квартале 2025 года/)).not.toBeInTheDocument();
  });

  it('shows the change on the KPI cards, the country chart and in the press text', async () => {
    await withQ2('/?report=2026-q2-local');
    const events = await screen.findByRole('group', { name: 'Мероприятий' });
    // The compared report loads after the current one.
    expect(await within(events).findByText(/^на 2 больше, чем в I квартале 2026 года \(\+6\s%\)$/)).toBeVisible();
    const countries = screen.getByRole('figure', { name: 'Мероприятия по странам-партнёрам' });
    expect(countries).toHaveTextContent('В I квартале 2026 года не было: Сербия');
    expect(countries).toHaveTextContent('В I квартале 2026 года были, теперь нет: ОАЭ (1)');
    const press = screen.getByRole('region', { name: 'Цифры для прессы' });
    expect(plain(press.textContent)).toContain(
      'Во II квартале 2026 года международных мероприятий на 2 больше, чем в I квартале 2026 года: 36 против 34 (+6 %).',
    );
  });

  it('says there is no report for the same quarter a year earlier (?compare=year)', async () => {
    await withQ2('/?report=2026-q2-local&compare=year');
    expect(
      await screen.findByText(/Отчёта за II квартал 2025 года нет ни среди опубликованных, ни среди загруженных/),
    ).toBeVisible();
    const events = screen.getByRole('group', { name: 'Мероприятий' });
    expect(within(events).queryByText(/чем в/)).not.toBeInTheDocument();
  });

  it('compares the published Q1 with nothing earlier: no IV 2025 report', async () => {
    await saveLocalReport(toJson(q2));
    setLocalReportsHint(true);
    renderApp('/');
    expect(await screen.findByText(/Отчёта за IV квартал 2025 года нет/)).toBeVisible();
  });
});
