// The country brief across quarters, with the synthetic Q2 2026 kept like a report loaded in the
// browser. By hand from the spec: Serbia only in the Belgrade copy of row 4 (Q2: 1 of 36; Q1: 0 of 34).
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
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

describe('country brief across quarters', () => {
  it('says the comparison needs a second report while one quarter exists', async () => {
    renderApp('/countries/BY');
    expect(
      await screen.findByText('Сравнение по кварталам появится, когда будет загружен второй отчёт.'),
    ).toBeVisible();
  });

  it("lists the country's events in each quarter", async () => {
    await saveLocalReport(toJson(await syntheticReport(Q2_2026)));
    setLocalReportsHint(true);
    renderApp('/countries/RS?report=2026-q2-local');
    const figure = await screen.findByRole('figure', { name: /^Мероприятия с участием страны по кварталам: Сербия/ });
    const table = within(figure).getByRole('table', { hidden: true });
    const rows = () =>
      within(table)
        .getAllByRole('row', { hidden: true })
        .slice(1)
        .map((r) => [...r.children].map((c) => c.textContent?.replace(/\u00a0/g, ' ')));
    // The published Q1 loads after the local Q2 that the page shows.
    await waitFor(() =>
      expect(rows()).toEqual([
        ['I квартал 2026 года', '0', '34', '0 %'],
        ['II квартал 2026 года', '1', '36', '3 %'],
      ]),
    );
  });
});
