// The aggregations count from typed columns at a view's positions. These tests hold them to plain
// object-by-object definitions, on random subsets (in random order) of the real report and of a
// synthetic one with awkward dates (multi-month spans, an end before the start, undated rows).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { synthesizeReport } from '../../bench/synthetic';
import {
  eventsByCountry,
  eventsByMonth,
  eventsBySector,
  eventsByWeek,
  eventsWithPartner,
  onlineEventCount,
  participantsBySector,
  participantsSummary,
  periodMonths,
  timelineSpans,
  weekEventNumbers,
  type CountTotal,
} from './aggregations';
import { EventsView } from './events-view';
import { eventMonths } from '../../test/support/filter-oracle';
import { prepareReport, type PreparedReport } from './prepared-report';
import type { Period, ReportEvent } from './report-schema';

// ---- the reference definitions (the code before the column rewrite) ----

const isoDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function refBySector(events: readonly ReportEvent[]) {
  const bySector = new Map<string, { id: string; name: string; count: number }>();
  for (const e of events) {
    const entry = bySector.get(e.sector.id) ?? { id: e.sector.id, name: e.sector.name, count: 0 };
    entry.count += 1;
    bySector.set(e.sector.id, entry);
  }
  return [...bySector.values()].sort((a, b) => b.count - a.count);
}

function refByCountry(events: readonly ReportEvent[]) {
  const counts = new Map<string, number>();
  for (const e of events) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function refParticipants(events: readonly ReportEvent[]) {
  const total = (): CountTotal => ({ total: 0, events: 0, atLeast: false });
  const add = (t: CountTotal, n: number, atLeast: boolean) => {
    t.total += n;
    t.events += 1;
    t.atLeast ||= atLeast;
  };
  const s = { people: total(), organizations: total(), unstated: 0, foreign: total() };
  for (const e of events) {
    const p = e.participants;
    if (p.count === null) s.unstated += 1;
    else if (p.unit === 'organizations') add(s.organizations, p.count, p.qualifier === 'atLeast');
    else add(s.people, p.count, p.qualifier === 'atLeast');
    if (p.foreignCount !== null) add(s.foreign, p.foreignCount, false);
  }
  return s;
}

function refByMonth(events: readonly ReportEvent[], period: Period) {
  const months = periodMonths(period);
  const counts = new Map(months.map((m) => [m, 0]));
  for (const e of events) for (const m of eventMonths(e)) if (counts.has(m)) counts.set(m, counts.get(m)! + 1);
  return months.map((month) => ({ month, count: counts.get(month)! }));
}

function refByWeek(events: readonly ReportEvent[], period: Period) {
  const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const first = isoDay(period.start);
  const firstMonday = first - ((first + 3) % 7);
  const weeks: { start: string; end: string; count: number }[] = [];
  for (let d = firstMonday; d <= isoDay(period.end); d += 7) weeks.push({ start: day(d), end: day(d + 6), count: 0 });
  for (const e of events) {
    if (!e.dates.start) continue;
    const s = isoDay(e.dates.start);
    const t = isoDay(e.dates.end ?? e.dates.start);
    for (const w of weeks) if (isoDay(w.start) <= t && isoDay(w.end) >= s) w.count += 1;
  }
  return weeks;
}

function refSpans(events: readonly ReportEvent[]) {
  const spans = events
    .filter((e) => e.dates.start)
    .map((e) => {
      const end = e.dates.end && e.dates.end >= e.dates.start! ? e.dates.end : e.dates.start!;
      return {
        id: e.id,
        number: e.number,
        title: e.title,
        sectorId: e.sector.id,
        start: e.dates.start!,
        end,
        days: isoDay(end) - isoDay(e.dates.start!) + 1,
        online: e.place.online,
      };
    });
  spans.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.number - b.number);
  return { spans, undated: events.length - spans.length };
}

// ---- data ----

const real = loadReport();
const synthetic = synthesizeReport(real, { id: '2091-q1', eventCount: 400, seed: 7 });
// Awkward dates the generator does not make: a span over three months, an end before the start,
// an event that starts before the quarter and one that ends after it, and undated ones.
const oddDates: ReportEvent['dates'][] = [
  { raw: '', start: '2091-01-28', end: '2091-03-02' },
  { raw: '', start: '2091-02-10', end: '2091-02-03' },
  { raw: '', start: '2091-01-20', end: '2091-01-05' },
  { raw: '', start: '2090-12-20', end: '2091-01-03' },
  { raw: '', start: '2091-03-30', end: '2091-04-12' },
  { raw: '', start: null, end: null },
];
const odd = prepareReport({
  ...synthetic,
  events: synthetic.events.map((e, i) => (i % 9 === 0 ? { ...e, dates: oddDates[(i / 9) % oddDates.length]! } : e)),
});
const realModel = prepareReport(real);

function check(model: PreparedReport, positions: number[]) {
  const { period } = model.report;
  const events = new EventsView(model, Uint32Array.from(positions));
  const plain = positions.map((p) => model.events[p]!);
  expect(eventsBySector(events)).toEqual(refBySector(plain));
  expect(eventsByCountry(events)).toEqual(refByCountry(plain));
  expect(onlineEventCount(events)).toBe(plain.filter((e) => e.place.online).length);
  expect(eventsWithPartner(events)).toBe(plain.filter((e) => e.countries.length > 0).length);
  expect(participantsSummary(events)).toEqual(refParticipants(plain));
  expect(participantsBySector(events).map((s) => [s.id, s.people, s.organizations, s.unstated])).toEqual(
    refBySector(plain).map((s) => {
      const p = refParticipants(plain.filter((e) => e.sector.id === s.id));
      return [s.id, p.people, p.organizations, p.unstated];
    }),
  );
  expect(eventsByMonth(events)).toEqual(refByMonth(plain, period));
  const weeks = eventsByWeek(events);
  expect(weeks).toEqual(refByWeek(plain, period));
  const ref = refSpans(plain);
  const { spans, undated, dated } = timelineSpans(events);
  expect({ spans, undated }).toEqual(ref);
  expect(dated).toBe(ref.spans.length);
  expect(timelineSpans(events, 5).spans).toEqual(ref.spans.slice(0, 5));
  expect(weekEventNumbers(events, 4)).toEqual(
    weeks.map((w) => {
      const all = ref.spans
        .filter((s) => s.start <= w.end && s.end >= w.start)
        .map((s) => s.number)
        .sort((a, b) => a - b);
      return { numbers: all.slice(0, 4), total: all.length };
    }),
  );
}

/** Distinct positions of a source of n events, in random order. */
const subset = (n: number) => fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: Math.min(n, 120) });

describe('column aggregations equal the object-by-object definitions', () => {
  it('on subsets of the real report, in any order', () => {
    fc.assert(
      fc.property(subset(real.events.length), (positions) => check(realModel, positions)),
      { numRuns: 150 },
    );
  });

  it('on subsets of a synthetic report with awkward dates', () => {
    fc.assert(
      fc.property(subset(odd.size), (positions) => check(odd, positions)),
      { numRuns: 150 },
    );
  });

  it('on whole reports', () => {
    check(realModel, [...real.events.keys()]);
    check(odd, [...odd.events.keys()]);
  });
});
