import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAND, loadPrepared, numbers, present } from '../../test/support/raw-report';
import type { FacetKey } from './dimensions';
import { filterView } from './filter-engine';
import { matchesFilters } from '../../test/support/filter-oracle';
import { EMPTY_FILTERS, parseFilters, unknownParams, writeFilters, type EventFilters } from './filters';

const model = loadPrepared();
const report = model.report;
const index = model.search;
const run = (patch: Partial<EventFilters>) => numbers(filterView(model, { ...EMPTY_FILTERS, ...patch }).events());
const sectorId = (nameFragment: string) =>
  report.events.find((e) => e.sector.name.endsWith(` ${nameFragment}`))?.sector.id;

/** The result holds every certain row and nothing beyond the certain and uncertain ones. */
function expectHandCount(result: number[], certain: readonly number[], uncertain: readonly number[] = []) {
  expect(result).toEqual(expect.arrayContaining(present(report, certain)));
  const allowed = new Set([...certain, ...uncertain]);
  expect(result.filter((n) => !allowed.has(n))).toEqual([]);
}

describe('filters against the hand count of the report', () => {
  it('country: Kazakhstan', () => {
    expect(run({ countries: ['KZ'] })).toEqual(present(report, HAND.kazakhstan));
  });

  it('country: Belarus', () => {
    expectHandCount(run({ countries: ['BY'] }), HAND.belarus, HAND.belarusUncertain);
  });

  it('countries: Belarus or Kazakhstan (an event matches if it involves ANY selected country)', () => {
    const either = run({ countries: ['BY', 'KZ'] });
    expectHandCount(either, [...HAND.belarus, ...HAND.kazakhstan], HAND.belarusUncertain);
    const union = new Set([...run({ countries: ['BY'] }), ...run({ countries: ['KZ'] })]);
    expect(either).toEqual([...union].sort((a, b) => a - b));
  });

  it('sector: every row under the report heading', () => {
    for (const [heading, rows] of Object.entries(HAND.sectors)) {
      const id = sectorId(heading);
      if (id === undefined) {
        expect(present(report, rows)).toEqual([]); // the data has no row of this sector yet
        continue;
      }
      expect(run({ sectors: [id] })).toEqual(present(report, rows));
    }
  });

  it('month: events whose dates touch the month', () => {
    for (const [month, rows] of Object.entries(HAND.months))
      expect(run({ months: [month] })).toEqual(present(report, rows));
    expect(run({ months: ['2026-01', '2026-03'] })).toEqual(
      present(report, [...HAND.months['2026-01'], ...HAND.months['2026-03']]).sort((a, b) => a - b),
    );
  });

  it('format: online and in person split the report', () => {
    const online = run({ format: 'online' });
    expectHandCount(online, HAND.online, HAND.onlineUncertain);
    const offline = run({ format: 'offline' });
    expect(offline.length + online.length).toBe(report.events.length);
    expect(offline.filter((n) => online.includes(n))).toEqual([]);
  });

  it('participants: stated or not', () => {
    const stated = run({ hasParticipants: true });
    expectHandCount(stated, HAND.withParticipantCount, HAND.participantCountUncertain);
    expect(stated.length + run({ hasParticipants: false }).length).toBe(report.events.length);
  });

  it('date range: overlapping events, inclusive at both ends', () => {
    expect(run({ from: '2026-02-19', to: '2026-02-19' })).toEqual(present(report, HAND.on19February));
    expect(run({ from: '2026-03-20', to: '2026-03-31' })).toEqual(present(report, HAND.march20to31));
    expect(run({ from: '2026-03-20' })).toEqual(present(report, HAND.march20to31));
  });

  it('combined: Kazakhstan in March', () => {
    const march = new Set<number>(HAND.months['2026-03']);
    expect(run({ countries: ['KZ'], months: ['2026-03'] })).toEqual(
      present(
        report,
        HAND.kazakhstan.filter((n) => march.has(n)),
      ),
    );
    expect(run({ countries: ['KZ'], from: '2026-03-01', to: '2026-03-31' })).toEqual(
      run({ countries: ['KZ'], months: ['2026-03'] }),
    );
  });

  it('combined: Belarus, culture sector, searched for «лекция»', () => {
    const culture = sectorId('культуры и туризма');
    if (!culture) throw new Error('rows 16–20 sit under «Сотрудничество в сфере культуры и туризма» in the source');
    const result = run({ countries: ['BY'], sectors: [culture], q: 'лекция' });
    const expected = run({ countries: ['BY'] }).filter(
      (n) => run({ sectors: [culture] }).includes(n) && run({ q: 'лекция' }).includes(n),
    );
    expect(result).toEqual(expected);
    expect(result).toEqual(present(report, [17, 19])); // the two online lectures
  });

  it('matchesFilters ignores one facet on request (for facet counts)', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['KZ'], format: 'online' as const };
    const kzOrAnyFormat = report.events.filter((e, i) => matchesFilters(e, filters, index.texts[i], 'format'));
    expect(numbers(kzOrAnyFormat)).toEqual(run({ countries: ['KZ'] }));
  });
});

describe('URL parameters', () => {
  it('round-trips and reports unknown parameters instead of failing', () => {
    const params = new URLSearchParams(
      'country=by&country=KZ&month=2026-13&from=2026-03-31&to=2026-03-01&zzz=1&sort=dates',
    );
    const { filters, notices } = parseFilters(params);
    expect(filters.countries).toEqual(['BY', 'KZ']);
    expect(filters.from).toBe('2026-03-01');
    expect(notices.map((n) => n.param)).toEqual(['month', 'from']);
    expect(unknownParams(params, ['sort']).map((n) => n.param)).toEqual(['zzz']);
  });

  it('writes every dimension and reads it back', () => {
    const filters: EventFilters = {
      countries: ['BY', 'KZ'],
      sectors: ['sport'],
      months: ['2026-03'],
      format: 'online',
      hasParticipants: false,
      from: '2026-03-01',
      to: '2026-03-15',
      q: 'лекция',
    };
    const written = writeFilters(filters, new URLSearchParams('sort=dates'));
    expect(written.toString()).toBe(
      'sort=dates&country=BY&country=KZ&sector=sport&month=2026-03&format=online&participants=no&from=2026-03-01&to=2026-03-15&q=%D0%BB%D0%B5%D0%BA%D1%86%D0%B8%D1%8F',
    );
    expect(parseFilters(written)).toEqual({ filters, notices: [] });
  });
});

describe('fast path (typed columns + search index) agrees with matchesFilters', () => {
  const codes = [...new Set(report.events.flatMap((e) => e.countries)), 'ZZ'];
  const sectors = [...new Set(report.events.map((e) => e.sector.id))];
  const day = fc
    .integer({ min: 1, max: 100 })
    .map((d) => new Date(Date.UTC(2025, 11, 1 + d)).toISOString().slice(0, 10));
  const filtersArb: fc.Arbitrary<EventFilters> = fc.record({
    countries: fc.subarray(codes, { maxLength: 3 }),
    sectors: fc.subarray(sectors, { maxLength: 2 }),
    months: fc.subarray(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'], { maxLength: 2 }),
    format: fc.constantFrom(null, 'online' as const, 'offline' as const),
    hasParticipants: fc.constantFrom(null, true, false),
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    q: fc.constantFrom('', 'беларус', 'минск', 'выставк казахстан', 'ё', 'делегац'),
  });

  it('for any combination of filters', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const slow = report.events.filter((e, i) => matchesFilters(e, filters, index.texts[i]));
        expect(numbers(filterView(model, filters).events())).toEqual(numbers(slow));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the views of every filter but one (the overview charts) agree with matchesFilters', () => {
  const codes = [...new Set(report.events.flatMap((e) => e.countries))];
  const sectors = [...new Set(report.events.map((e) => e.sector.id))];
  it('for the events and for each facet left out', () => {
    fc.assert(
      fc.property(
        fc.record({
          countries: fc.subarray(codes, { maxLength: 2 }),
          sectors: fc.subarray(sectors, { maxLength: 2 }),
          format: fc.constantFrom(null, 'online' as const),
          q: fc.constantFrom('', 'беларус', 'выставк'),
        }),
        (patch) => {
          const filters = { ...EMPTY_FILTERS, ...patch };
          const slow = (ignore?: FacetKey) =>
            numbers(report.events.filter((e, i) => matchesFilters(e, filters, index.texts[i], ignore)));
          expect(numbers(filterView(model, filters).events())).toEqual(slow());
          expect(numbers(filterView(model, { ...filters, sectors: [] }).events())).toEqual(slow('sectors'));
          expect(numbers(filterView(model, { ...filters, countries: [] }).events())).toEqual(slow('countries'));
        },
      ),
      { numRuns: 150 },
    );
  });
});
