import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HAND, loadReport, present } from '../../../test/support/raw-report';
import { renderApp } from '../../../test/support/render-app';

const report = loadReport();

/** Rendering the explorer in jsdom takes a while on a loaded machine. */
const slow = { timeout: 5000 };

// jsdom has no layout: give the table's scroller a height that fits every row of the real report,
// so the virtualiser renders them all (the e2e journeys check virtualisation in a real browser).
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('events-table__scroller') ? 72 * 60 : 0;
  });
});
const total = report.events.length;

/** Numbers of the rows the table currently renders. */
function rowNumbers(): number[] {
  // A plain selector: role queries over the whole table are too slow to poll in jsdom.
  return [...document.querySelectorAll('.events-table tbody tr[data-index]')].map((row) =>
    Number(row.querySelector('td')?.textContent),
  );
}

const count = () => screen.getByText(/^Найдено:/).textContent?.replace(/\s/g, ' ');

async function openExplorer(url = '/events') {
  renderApp(url);
  await screen.findByRole('heading', { name: 'Мероприятия', level: 2 }, slow);
  return userEvent.setup();
}

describe('events explorer', () => {
  it('has skip links past the filters to the search, the list and the press figures', async () => {
    const user = await openExplorer();
    const nav = screen.getByRole('navigation', { name: 'На этой странице' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['К поиску', 'К списку мероприятий', 'К цифрам для прессы']);
    // Each points at an element of the page: none would leave the focus where it was.
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    // jsdom has no scrolling; the link scrolls the target into view in a browser.
    Element.prototype.scrollIntoView = vi.fn();
    try {
      await user.click(within(nav).getByRole('link', { name: 'К цифрам для прессы' }));
      expect(document.activeElement?.id).toBe('explorer-press');
      expect(within(document.activeElement as HTMLElement).getByText(/Цифры для прессы/i)).toBeInTheDocument();
      await user.click(within(nav).getByRole('link', { name: 'К поиску' }));
      expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Поиск' }));
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('lists the report with a result count', async () => {
    await openExplorer();
    expect(count()).toBe(`Найдено: ${total} из ${total}`);
    expect(rowNumbers()[0]).toBe(1);
    expect(screen.getByRole('columnheader', { name: /№/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('filters rows as the user types, writes q to the URL and highlights matches', async () => {
    const user = await openExplorer();
    await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'казахстан');
    const expected = present(report, HAND.kazakhstan);
    await waitFor(() => expect(rowNumbers()).toEqual(expected), slow);
    expect(count()).toBe(`Найдено: ${expected.length} из ${total}`);
    // The table follows each keystroke; the URL follows once typing pauses.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('казахстан'), slow);
    const marks = screen.getAllByText((_, el) => el?.tagName === 'MARK' && /казахстан/i.test(el.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
  });

  it('updates facet counts from the other filters', async () => {
    const user = await openExplorer();
    const sport = report.events.find((e) => e.sector.name.endsWith('спорта'))!;
    const kz = () => screen.getByRole('checkbox', { name: /Казахстан/ });
    const by = () => screen.getByRole('checkbox', { name: /Беларусь/ });
    expect(kz().closest('label')).toHaveTextContent(String(present(report, HAND.kazakhstan).length));
    await user.click(screen.getByRole('checkbox', { name: /^Спорта/ }));
    await waitFor(
      () => expect(new URLSearchParams(window.location.search).getAll('sector')).toEqual([sport.sector.id]),
      slow,
    );
    const sportRows = report.events.filter((e) => e.sector.id === sport.sector.id);
    // Within sport, Kazakhstan has no events and Belarus has all of them (by hand: rows 29–31, all in Belarus).
    await waitFor(() => expect(kz().closest('label')).toHaveTextContent(/0$/), slow);
    expect(by().closest('label')).toHaveTextContent(
      new RegExp(`${sportRows.filter((e) => e.countries.includes('BY')).length}$`),
    );
    expect(rowNumbers()).toEqual(sportRows.map((e) => e.number));
  });

  it('restores the whole state from a shared URL', async () => {
    await openExplorer('/events?country=BY&country=KZ&month=2026-03&sort=dates&dir=desc&hide=sector');
    const expected = report.events
      .filter((e) => e.countries.some((c) => c === 'BY' || c === 'KZ'))
      .filter((e) => e.dates.start && e.dates.start <= '2026-03-31' && (e.dates.end ?? e.dates.start) >= '2026-03-01');
    expect(count()).toBe(`Найдено: ${expected.length} из ${total}`);
    expect(screen.getByRole('checkbox', { name: /Беларусь/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Казахстан/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /март 2026/ })).toBeChecked();
    expect(screen.getByRole('columnheader', { name: /Даты/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.queryByRole('columnheader', { name: /Направление/ })).not.toBeInTheDocument();
    const starts = rowNumbers().map((n) => report.events.find((e) => e.number === n)!.dates.start!);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('sorts by a column on click and puts the sort in the URL', async () => {
    const user = await openExplorer('/events?country=KZ');
    await user.click(screen.getByRole('button', { name: /^Даты/ }));
    await waitFor(() => expect(window.location.search).toContain('sort=dates'), slow);
    await waitFor(
      () => expect(screen.getByRole('columnheader', { name: /Даты/ })).toHaveAttribute('aria-sort', 'ascending'),
      slow,
    );
    await user.click(screen.getByRole('button', { name: /^Даты/ }));
    await waitFor(() => expect(window.location.search).toContain('dir=desc'), slow);
    // By hand: 34 (13–16 March), 5 (10–12 March), 4 (9–11 March), 15 (10–13 February).
    const expected = [34, 5, 4, 15].filter((n) => present(report, HAND.kazakhstan).includes(n));
    await waitFor(() => expect(rowNumbers()).toEqual(expected), slow);
    expect(screen.getByRole('columnheader', { name: /Даты/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('reports unknown and invalid parameters without failing', async () => {
    await openExplorer('/events?zzz=1&country=%3Cscript%3E&sort=nope&from=notadate');
    const notice = screen.getByText(/Часть параметров ссылки не распознана/).closest('div')!;
    expect(notice).toHaveTextContent('zzz=1');
    expect(notice).toHaveTextContent('country=<script>');
    expect(notice).toHaveTextContent('sort=nope');
    expect(notice).toHaveTextContent('from=notadate');
    expect(count()).toBe(`Найдено: ${total} из ${total}`);
  });

  it('resets every filter with «Сбросить»', async () => {
    const user = await openExplorer('/events?country=KZ&q=выставк&format=offline');
    const facets = screen.getByRole('complementary', { name: 'Фильтры' });
    await user.click(within(facets).getByRole('button', { name: 'Сбросить' }));
    await waitFor(() => expect(count()).toBe(`Найдено: ${total} из ${total}`), slow);
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('');
  });

  it('opens an event with Enter and keeps the filter on the way back', async () => {
    const user = await openExplorer('/events?country=KZ');
    const link = screen.getByRole('link', { name: /Central Asia Fashion/ });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: /Central Asia Fashion/, level: 2 })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/events/2026-q1-4');
    expect(window.location.search).toBe('?country=KZ');
    expect(screen.getByText('3 субъекта малого и среднего предпринимательства Смоленской области')).toBeInTheDocument();
    expect(screen.getByText('3 организации')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /К списку/ }));
    await screen.findByRole('heading', { name: 'Мероприятия', level: 2 });
    expect(new URLSearchParams(window.location.search).getAll('country')).toEqual(['KZ']);
    expect(rowNumbers()).toEqual(present(report, HAND.kazakhstan));
  });

  it('steps to the next event within the filter', async () => {
    renderApp('/events/2026-q1-4?country=KZ');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: /Central Asia Fashion/, level: 2 });
    expect(screen.getByText('1 из 4')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Следующее/ }));
    await screen.findByRole('heading', { name: /AGRITEK/, level: 2 });
    expect(window.location.pathname).toBe('/events/2026-q1-5');
  });

  it('says clearly when an event id is unknown', async () => {
    renderApp('/events/2026-q1-999?country=KZ');
    expect(await screen.findByText('Мероприятие не найдено')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'К списку мероприятий' })).toHaveAttribute('href', '/events?country=KZ');
  });
});
