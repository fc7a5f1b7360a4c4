// What the country brief shows, computed once from the prepared report: the country's events in date
// order (a view) and the aggregates the page and its charts use. Pure, so it is tested without rendering.
import {
  eventsByCountry,
  eventsByMonth,
  eventsBySector,
  onlineEventCount,
  participantsSummary,
} from '../../domain/aggregations';
import { isKnownCountry } from '../../domain/countries';
import { EventsView } from '../../domain/events-view';
import { filterView } from '../../domain/filter-engine';
import { EMPTY_FILTERS, type EventFilters } from '../../domain/filters';
import type { PreparedReport } from '../../domain/prepared-report';
import { shorten } from '../../lib/lexicon';

export type BriefLookup =
  | { kind: 'invalid'; raw: string }
  | { kind: 'absent'; code: string; known: boolean }
  | { kind: 'found'; brief: CountryBrief };

export interface CountryBrief {
  code: string;
  filters: EventFilters;
  /** The country's events, earliest first; undated ones last, in report order. */
  view: EventsView;
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

export function lookupCountry(model: PreparedReport, rawCode: string | undefined): BriefLookup {
  const raw = (rawCode ?? '').trim();
  const code = raw.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return { kind: 'invalid', raw: shorten(raw) };
  const filters: EventFilters = { ...EMPTY_FILTERS, countries: [code] };
  const found = filterView(model, filters);
  if (found.size === 0) return { kind: 'absent', code, known: isKnownCountry(code) };
  // Report order, then by start date (a stable sort keeps report order among equal and undated ones).
  const { start, last } = model.columns;
  const chronological = Uint32Array.from(found.positions).sort((a, b) => {
    const x = start[a] ?? null;
    const y = start[b] ?? null;
    if (x === y) return model.events[a]!.number - model.events[b]!.number;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  });
  const view = new EventsView(model, chronological);
  const starts = [...found.positions].flatMap((p) => start[p] ?? []).sort();
  const ends = [...found.positions].flatMap((p) => last[p] ?? []).sort();
  return {
    kind: 'found',
    brief: {
      code,
      filters,
      view,
      share: model.size > 0 ? view.size / model.size : 0,
      sectors: eventsBySector(view),
      months: eventsByMonth(view),
      participants: participantsSummary(view),
      online: onlineEventCount(view),
      partners: eventsByCountry(view).filter((c) => c.code !== code),
      span: starts.length > 0 ? { start: starts[0]!, end: ends.at(-1)! } : null,
    },
  };
}
