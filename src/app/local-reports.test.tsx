// A report loaded in this browser is one more report for every screen (the switcher lists it, the
// overview shows it), and a link to a local report this browser does not hold says so. The store is an
// in-memory IndexedDB (fake-indexeddb); the report is Q1 2026 relabelled as a synthetic Q2.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { renderApp } from '../../test/support/render-app';
import { setLocalReportsHint } from '../api/local-hint';
import { closeLocalStore, saveLocalReport } from '../api/local-reports';
import { toJson } from '../domain/report-json';

const q1 = loadReport();
const q2 = {
  ...q1,
  id: '2026-q2',
  title: `[СИНТЕТИЧЕСКИЕ ДАННЫЕ ДЛЯ ТЕСТОВ] ${q1.title}`,
  period: { year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30' },
  events: q1.events.slice(0, 20),
};

afterEach(async () => {
  setLocalReportsHint(false);
  await closeLocalStore();
  indexedDB.deleteDatabase('smolensk-events-local');
});

describe('reports loaded in this browser', () => {
  it('lists a kept report in the switcher as local and shows it on the overview', async () => {
    await saveLocalReport(toJson(q2));
    setLocalReportsHint(true);
    renderApp('/?report=2026-q2-local');
    expect(await screen.findByRole('heading', { level: 1, name: 'II квартал 2026 года' })).toBeVisible();
    const switcher = screen.getByRole('combobox', { name: 'Отчёт' });
    expect(
      within(switcher)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['I квартал 2026 года', 'II квартал 2026 года — загружен локально']);
    expect(screen.getByRole('note')).toHaveTextContent('Этот отчёт загружен локально');
  });

  it('says a link names a local report this browser does not have, and shows the published one', async () => {
    renderApp('/?report=2026-q3-local');
    expect(await screen.findByRole('heading', { level: 1, name: 'I квартал 2026 года' })).toBeVisible();
    expect(
      screen.getByText(/Ссылка ведёт на отчёт за III квартал 2026 года, загруженный локально в другом браузере/),
    ).toBeVisible();
  });
});
