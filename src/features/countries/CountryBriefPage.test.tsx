import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HAND, loadPrepared, numbers, present } from '../../../test/support/raw-report';
import { renderApp } from '../../../test/support/render-app';
import { countryNames } from '../../domain/countries';
import { lookupCountry } from './brief-model';

const model = loadPrepared();
const report = model.report;

describe('country brief model', () => {
  it('finds the Kazakhstan rows counted by hand, in date order', () => {
    const lookup = lookupCountry(model, 'kz');
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    expect(numbers(lookup.brief.view.events())).toEqual(present(report, HAND.kazakhstan));
    const starts = lookup.brief.view.events().map((e) => e.dates.start ?? '9999');
    expect(starts).toEqual([...starts].sort());
    expect(lookup.brief.partners.some((c) => c.code === 'KZ')).toBe(false);
  });

  it('tells an invalid code from a country the report does not mention', () => {
    expect(lookupCountry(model, 'Беларусь')).toEqual({ kind: 'invalid', raw: 'Беларусь' });
    expect(lookupCountry(model, 'md')).toEqual({ kind: 'absent', code: 'MD', known: true });
    expect(lookupCountry(model, 'QQ')).toEqual({ kind: 'absent', code: 'QQ', known: false });
  });
});

describe('country brief page', () => {
  it('shows Belarus: title, period, data date, share of the quarter and every event linked', async () => {
    renderApp('/countries/BY');
    // The first render also loads the lazy route chunk.
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: countryNames('BY').official },
      { timeout: 5000 },
    );
    const brief = heading.closest('article')!;
    const lookup = lookupCountry(model, 'BY');
    if (lookup.kind !== 'found') throw new Error('BY must be in the report');
    const events = lookup.brief.view.events();
    // Every row a reader counts as Belarus, plus at most the row a careful reader could file either way.
    const found = numbers(events);
    expect(found).toEqual(expect.arrayContaining(present(report, HAND.belarus)));
    for (const extra of found.filter((n) => !(HAND.belarus as readonly number[]).includes(n)))
      expect(HAND.belarusUncertain).toContain(extra);

    expect(brief).toHaveTextContent(report.title);
    expect(brief).toHaveTextContent('I квартал 2026 года (1 января 2026 г. – 31 марта 2026 г.)');
    expect(brief).toHaveTextContent(/Файл отчёта обработан\s*28 ноября 2026/);
    const share = Math.round((events.length / report.events.length) * 100);
    expect(brief).toHaveTextContent(new RegExp(`${share}\\s% от ${report.events.length} мероприят`));

    const table = within(brief).getByRole('table', { name: /Мероприятия с участием Республики Беларусь/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(events.length);
    events.forEach((e, i) => {
      const link = within(rows[i]!).getByRole('link');
      expect(link).toHaveAttribute('href', `/events/${e.id}`);
      expect(link).toHaveTextContent(e.title.replace(/\s+/g, ' ').trim());
    });

    const press = within(brief).getByRole('region', { name: 'Цифры для прессы' });
    expect(press).toHaveTextContent(`с участием ${countryNames('BY').genitive}`);
    expect(within(brief).getByRole('group', { name: 'Скачать таблицу мероприятий' })).toBeInTheDocument();
  });

  it('keeps the chosen report in its links', async () => {
    renderApp(`/countries/KZ?report=${report.id}`);
    const heading = await screen.findByRole('heading', { level: 2, name: countryNames('KZ').official });
    const links = within(heading.closest('article')!).getAllByRole('link', { name: /№/ });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).toMatch(new RegExp(`\\?report=${report.id}$`));
  });

  it('explains an absent country and offers the ones in the report', async () => {
    renderApp('/countries/MD');
    expect(await screen.findByRole('heading', { name: 'Справка по стране недоступна' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('нет мероприятий с участием Республики Молдова');
    expect(screen.getByRole('link', { name: countryNames('BY').short })).toHaveAttribute('href', '/countries/BY');
  });

  it('explains a malformed code, echoing it as text', async () => {
    renderApp('/countries/%3Cimg%20src%3Dx%3E');
    expect(await screen.findByRole('alert')).toHaveTextContent('«<img src=x>» — не код страны');
    expect(document.querySelector('main img')).toBeNull();
  });
});
