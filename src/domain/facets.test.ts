import { describe, expect, it } from 'vitest';
import { HAND, loadPrepared, numbers, present } from '../../test/support/raw-report';
import type { FacetKey, FacetOption } from './dimensions';
import { facetsAndMask, filterMask, filterView } from './filter-engine';
import { eventMonths, matchesFilters } from '../../test/support/filter-oracle';
import { EMPTY_FILTERS, type EventFilters } from './filters';

const model = loadPrepared();
const report = model.report;
const index = model.search;
const rows = (patch: Partial<EventFilters>) => numbers(filterView(model, { ...EMPTY_FILTERS, ...patch }).events());
const count = (options: readonly FacetOption[], value: string) => options.find((o) => o.value === value)?.count;

const computeFacets = (...args: Parameters<typeof facetsAndMask>) => facetsAndMask(...args).facets;

describe('facet counts', () => {
  it('without filters counts the whole report', () => {
    const facets = computeFacets(model, EMPTY_FILTERS);
    expect(count(facets.countries, 'KZ')).toBe(present(report, HAND.kazakhstan).length);
    expect(facets.format.reduce((s, o) => s + o.count, 0)).toBe(report.events.length);
    expect(facets.hasParticipants.reduce((s, o) => s + o.count, 0)).toBe(report.events.length);
    expect(facets.sectors.reduce((s, o) => s + o.count, 0)).toBe(report.events.length);
    for (const [month, hand] of Object.entries(HAND.months))
      expect(count(facets.months, month)).toBe(present(report, hand).length);
  });

  it('offers every month of the quarter and every country of the report, most frequent first', () => {
    const facets = computeFacets(model, EMPTY_FILTERS);
    expect(facets.months.map((m) => m.value)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(new Set(facets.countries.map((c) => c.value))).toEqual(new Set(report.events.flatMap((e) => e.countries)));
    const counts = facets.countries.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts each value under all the OTHER active filters', () => {
    const filters: EventFilters = { ...EMPTY_FILTERS, countries: ['KZ'], months: ['2026-03'], format: 'offline' };
    const facets = computeFacets(model, filters);
    // Country counts ignore the country selection but keep month and format.
    for (const c of facets.countries) expect(c.count).toBe(rows({ ...filters, countries: [c.value] }).length);
    for (const m of facets.months) expect(m.count).toBe(rows({ ...filters, months: [m.value] }).length);
    for (const s of facets.sectors) expect(s.count).toBe(rows({ ...filters, sectors: [s.value] }).length);
    expect(count(facets.format, 'online')).toBe(rows({ ...filters, format: 'online' }).length);
    expect(count(facets.hasParticipants, 'yes')).toBe(rows({ ...filters, hasParticipants: true }).length);
  });

  it('applies search and the date range to every facet', () => {
    const facets = computeFacets(model, { ...EMPTY_FILTERS, q: 'казахстан' });
    expect(count(facets.countries, 'KZ')).toBe(present(report, HAND.kazakhstan).length);
    const ranged = computeFacets(model, { ...EMPTY_FILTERS, from: '2026-02-19', to: '2026-02-19' });
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
    const facets = computeFacets(model, filters);
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
  it('gives the same mask as filterMask in the same pass, and facets that depend only on the filters', () => {
    for (const patch of [
      {},
      { countries: ['BY'] },
      { q: 'выставк', format: 'offline' as const },
      { months: ['2026-02'] },
    ]) {
      const filters = { ...EMPTY_FILTERS, ...patch };
      const { mask, facets } = facetsAndMask(model, filters);
      expect(mask).toEqual(filterMask(model, filters));
      expect(facets).toEqual(computeFacets(model, filters));
    }
  });
});
