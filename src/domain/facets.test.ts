import { describe, expect, it } from 'vitest';
import { HAND, loadReport, numbers, present } from '../../test/support/raw-report';
import { computeFacets, facetsAndMask, type FacetOption } from './facets';
import {
  EMPTY_FILTERS,
  eventMonths,
  filterEvents,
  filterMask,
  matchesFilters,
  type EventFilters,
  type FacetKey,
} from './filters';
import { buildSearchIndex } from './search';

const report = loadReport();
const index = buildSearchIndex(report.events);
const rows = (patch: Partial<EventFilters>) =>
  numbers(filterEvents(report.events, { ...EMPTY_FILTERS, ...patch }, index));
const count = (options: readonly FacetOption[], value: string) => options.find((o) => o.value === value)?.count;

describe('computeFacets', () => {
  it('without filters counts the whole report', () => {
    const facets = computeFacets(report, EMPTY_FILTERS);
    expect(count(facets.countries, 'KZ')).toBe(present(report, HAND.kazakhstan).length);
    expect(facets.format.reduce((s, o) => s + o.count, 0)).toBe(report.events.length);
    expect(facets.hasParticipants.reduce((s, o) => s + o.count, 0)).toBe(report.events.length);
    expect(facets.sectors.reduce((s, o) => s + o.count, 0)).toBe(report.events.length);
    for (const [month, hand] of Object.entries(HAND.months))
      expect(count(facets.months, month)).toBe(present(report, hand).length);
  });

  it('offers every month of the quarter and every country of the report, most frequent first', () => {
    const facets = computeFacets(report, EMPTY_FILTERS);
    expect(facets.months.map((m) => m.value)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(new Set(facets.countries.map((c) => c.value))).toEqual(new Set(report.events.flatMap((e) => e.countries)));
    const counts = facets.countries.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts each value under all the OTHER active filters', () => {
    const filters: EventFilters = { ...EMPTY_FILTERS, countries: ['KZ'], months: ['2026-03'], format: 'offline' };
    const facets = computeFacets(report, filters);
    // Country counts ignore the country selection but keep month and format.
    for (const c of facets.countries) expect(c.count).toBe(rows({ ...filters, countries: [c.value] }).length);
    for (const m of facets.months) expect(m.count).toBe(rows({ ...filters, months: [m.value] }).length);
    for (const s of facets.sectors) expect(s.count).toBe(rows({ ...filters, sectors: [s.value] }).length);
    expect(count(facets.format, 'online')).toBe(rows({ ...filters, format: 'online' }).length);
    expect(count(facets.hasParticipants, 'yes')).toBe(rows({ ...filters, hasParticipants: true }).length);
  });

  it('applies search and the date range to every facet', () => {
    const facets = computeFacets(report, { ...EMPTY_FILTERS, q: 'казахстан' });
    expect(count(facets.countries, 'KZ')).toBe(present(report, HAND.kazakhstan).length);
    const ranged = computeFacets(report, { ...EMPTY_FILTERS, from: '2026-02-19', to: '2026-02-19' });
    expect(ranged.format.reduce((s, o) => s + o.count, 0)).toBe(present(report, HAND.on19February).length);
  });
});

describe('facet counts agree with counting matchesFilters by brute force', () => {
  it('for a mix of active filters', () => {
    const filters: EventFilters = {
      ...EMPTY_FILTERS,
      countries: ['BY'],
      months: ['2026-02'],
      hasParticipants: true,
      q: 'участ',
    };
    const facets = computeFacets(report, filters);
    const brute = (ignore: FacetKey, has: (e: (typeof report.events)[number]) => boolean) =>
      report.events.filter((e, i) => matchesFilters(e, filters, index.texts[i], ignore) && has(e)).length;
    for (const c of facets.countries) expect(c.count).toBe(brute('countries', (e) => e.countries.includes(c.value)));
    for (const s of facets.sectors) expect(s.count).toBe(brute('sectors', (e) => e.sector.id === s.value));
    for (const m of facets.months) expect(m.count).toBe(brute('months', (e) => eventMonths(e).includes(m.value)));
    expect(count(facets.format, 'online')).toBe(brute('format', (e) => e.place.online));
    expect(count(facets.hasParticipants, 'no')).toBe(brute('hasParticipants', (e) => e.participants.count === null));
  });
});

describe('facetsAndMask', () => {
  it('gives the same mask as filterMask in the same pass', () => {
    for (const patch of [
      {},
      { countries: ['BY'] },
      { q: 'выставк', format: 'offline' as const },
      { months: ['2026-02'] },
    ]) {
      const filters = { ...EMPTY_FILTERS, ...patch };
      const { mask, facets } = facetsAndMask(report, filters);
      expect(mask).toEqual(filterMask(report.events, filters, index));
      expect(facets).toEqual(computeFacets(report, filters));
    }
  });
});
