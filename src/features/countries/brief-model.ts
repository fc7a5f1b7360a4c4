// What the country brief shows, computed once from the report: the country's events in date order
// and the aggregates the page and its charts use. Pure, so it is tested without rendering.
import {
  eventsByCountry,
  eventsByMonth,
  eventsBySector,
  onlineEventCount,
  participantsSummary,
} from '../../domain/aggregations';
import { isKnownCountry } from '../../domain/countries';
import { EMPTY_FILTERS, matchesFilters, type EventFilters } from '../../domain/filters';
import type { Report, ReportEvent } from '../../domain/report-schema';
import { shorten } from '../../lib/lexicon';

export type BriefLookup =
  | { kind: 'invalid'; raw: string }
  | { kind: 'absent'; code: string; known: boolean }
  | { kind: 'found'; brief: CountryBrief };

export interface CountryBrief {
  code: string;
  filters: EventFilters;
  /** The country's events, earliest first; undated ones last, in report order. */
  events: ReportEvent[];
  share: number;
  sectors: ReturnType<typeof eventsBySector>;
  months: ReturnType<typeof eventsByMonth>;
  participants: ReturnType<typeof participantsSummary>;
  online: number;
  /** Other partner countries in the same events. */
  partners: ReturnType<typeof eventsByCountry>;
  /** First and last day the country's events cover. */
  span: { start: string; end: string } | null;
}

function chronological(a: ReportEvent, b: ReportEvent): number {
  const x = a.dates.start;
  const y = b.dates.start;
  if (x === y) return a.number - b.number;
  if (x === null) return 1;
  if (y === null) return -1;
  return x.localeCompare(y);
}

export function lookupCountry(report: Report, rawCode: string | undefined): BriefLookup {
  const raw = (rawCode ?? '').trim();
  const code = raw.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return { kind: 'invalid', raw: shorten(raw) };
  const filters: EventFilters = { ...EMPTY_FILTERS, countries: [code] };
  const events = report.events.filter((e) => matchesFilters(e, filters, undefined)).sort(chronological);
  if (events.length === 0) return { kind: 'absent', code, known: isKnownCountry(code) };
  const starts = events.flatMap((e) => (e.dates.start ? [e.dates.start] : []));
  const ends = events.flatMap((e) => (e.dates.start ? [e.dates.end ?? e.dates.start] : []));
  return {
    kind: 'found',
    brief: {
      code,
      filters,
      events,
      share: report.events.length > 0 ? events.length / report.events.length : 0,
      sectors: eventsBySector(events),
      months: eventsByMonth(events, report.period),
      participants: participantsSummary(events),
      online: onlineEventCount(events),
      partners: eventsByCountry(events).filter((c) => c.code !== code),
      span: starts.length > 0 ? { start: starts.sort()[0]!, end: ends.sort().at(-1)! } : null,
    },
  };
}
