// The event page shows which words of the row led to which role of each country, and the figures
// taken from the row with their words (rows chosen from the golden facts counted by hand).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/support/render-app';

const LAZY = { timeout: 5000 };

async function evidence(eventId: string) {
  renderApp(`/events/${eventId}`);
  return screen.findByRole('region', { name: 'Страны и итоги: на чём основаны цифры' }, LAZY);
}

describe('event page: evidence for the figures', () => {
  it('row 14: Germany by its compatriots; the Russian consul in Bonn only names it', async () => {
    const section = await evidence('2026-q1-14');
    expect(section).toHaveTextContent('граждане и жители');
    // The quoted words are marked (the «» are drawn by CSS quotes).
    expect(within(section).getByText('проживающие в Германии', { selector: 'mark' })).toBeInTheDocument();
    expect(section).toHaveTextContent('только упомянута (не учитывается в подсчётах)');
    expect(within(section).getByText('Бонне', { selector: 'mark' })).toBeInTheDocument();
    // «(58 человек)»: derived foreign participants, said so.
    expect(section).toHaveTextContent(/Иностранных участников:\s*58 — выведено/);
  });
  it('row 8: held in Belarus, its organisations signed two agreements, named', async () => {
    const section = await evidence('2026-q1-8');
    expect(section).toHaveTextContent('проведено там');
    expect(within(section).getAllByText(/Гродно/).length).toBeGreaterThan(0);
    expect(section).toHaveTextContent(/Подписано соглашений:\s*2/);
    expect(section).toHaveTextContent('с двумя организациями');
  });
  it('row 13: Belarus only named (a Union State commission, the road М-1 «Беларусь»)', async () => {
    const section = await evidence('2026-q1-13');
    expect(section).toHaveTextContent('только упомянута');
    expect(section).not.toHaveTextContent('проведено там');
    expect(within(section).queryByRole('link', { name: 'Беларусь' })).toBeNull();
  });
  it('row 15: «представители более 12 стран» beside the six named', async () => {
    const section = await evidence('2026-q1-15');
    expect(section).toHaveTextContent(/Всего стран по тексту строки:.*представители более 12 стран; названо — 6/);
    expect(section).toHaveTextContent('выступающие');
  });
});

describe('event page: facts', () => {
  it('row 7: the place and the partner country read as sentences (no emoji font: no flags)', async () => {
    renderApp('/events/2026-q1-7');
    const facts = await screen.findByRole('region', { name: 'Сведения' }, LAZY);
    expect(facts).toHaveTextContent('г. Брест, Беларусь');
    expect(within(facts).getByRole('listitem')).toHaveTextContent(/^Беларусь \(Республика Беларусь\)$/);
  });
});
