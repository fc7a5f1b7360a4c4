// The year view over the real Q1 2026 and, kept in an in-memory IndexedDB like a report loaded in the
// browser, the synthetic Q2 2026 (test/support/synthetic-quarters.ts: 36 events). By hand: Q1 34.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/support/render-app';
import { Q2_2026, syntheticReport } from '../../../test/support/synthetic-quarters';
import { setLocalReportsHint } from '../../api/local-hint';
import { closeLocalStore, saveLocalReport } from '../../api/local-reports';
import { toJson } from '../../domain/report-json';

afterEach(async () => {
  setLocalReportsHint(false);
  await closeLocalStore();
  indexedDB.deleteDatabase('smolensk-events-local');
});

const rowOf = (name: string) =>
  within(screen.getByRole('table', { name: /^Кварталы 2026 года/ }))
    .getByRole('rowheader', { name })
    .closest('tr')!;

describe('/years/2026', () => {
  it('shows the one published quarter, gaps for the others, and why the year is not compared', async () => {
    renderApp('/years/2026');
    expect(await screen.findByRole('heading', { level: 2, name: '2026 год по кварталам' })).toBeVisible();
    expect(
      within(rowOf('I квартал'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['34', expect.any(String), expect.any(String), '—', 'опубликован']);
    expect(within(rowOf('II квартал')).getAllByRole('cell').at(-1)).toHaveTextContent('нет отчёта');
    expect(
      screen.getByText(
        'С начала года (I квартал 2026 года): 34 мероприятия. Сравнить с 2025 годом нельзя: нет отчёта за I квартал 2025 года.',
      ),
    ).toBeVisible();
  });

  it('adds a quarter loaded in this browser to the year', async () => {
    await saveLocalReport(toJson(await syntheticReport(Q2_2026)));
    setLocalReportsHint(true);
    renderApp('/years/2026');
    expect(await screen.findByText(/^С начала года \(I и II кварталы 2026 года\): 70 мероприятий\./)).toBeVisible();
    expect(within(rowOf('II квартал')).getAllByRole('cell')[0]).toHaveTextContent('36');
    expect(within(rowOf('II квартал')).getAllByRole('cell').at(-1)).toHaveTextContent('загружен локально');
    expect(screen.getByRole('figure', { name: 'Страны-партнёры по кварталам 2026 года' })).toBeVisible();
  });

  it('refuses an address that is not a year', async () => {
    renderApp('/years/20x6');
    expect(await screen.findByText(/«20x6» — не год/)).toBeVisible();
  });
});
