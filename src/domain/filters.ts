// Filter state shared by every screen. It lives in the URL query string, so a link reproduces a view.
// Parsing is forgiving: invalid values are dropped and reported as notices, never thrown.
import type { ReportEvent } from './report-schema';
import type { SearchIndex } from './search';
import { compileFilters, eventColumns, eventsView, FACET_BIT, facetFailures, passesDateRange } from './filter-columns';
import { matchesSearch, searchMatches } from './search';
import { shorten } from '../lib/lexicon';

export type EventFormat = 'online' | 'offline';

export interface EventFilters {
  /** Partner countries (ISO alpha-2); an event matches if it involves ANY of them. */
  countries: string[];
  /** Sector ids; an event matches if it is in ANY of them. */
  sectors: string[];
  /** ISO months `YYYY-MM`; an event matches if its dates overlap ANY of them. */
  months: string[];
  format: EventFormat | null;
  /** true: only events with a stated participant number; false: only those without. */
  hasParticipants: boolean | null;
  /** Inclusive ISO date range; an event matches if its dates overlap it. */
  from: string | null;
  to: string | null;
  /** Free-text search. */
  q: string;
}

export const EMPTY_FILTERS: EventFilters = {
  countries: [],
  sectors: [],
  months: [],
  format: null,
  hasParticipants: null,
  from: null,
  to: null,
  q: '',
};

/** URL parameter names, one place. */
export const FILTER_PARAMS = {
  countries: 'country',
  sectors: 'sector',
  months: 'month',
  format: 'format',
  hasParticipants: 'participants',
  from: 'from',
  to: 'to',
  q: 'q',
} as const;

export const MAX_QUERY_LENGTH = 200;

export interface ParseNotice {
  param: string;
  value: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface ParseContext {
  /** Country codes that exist in the data; others are reported. */
  knownCountries?: ReadonlySet<string>;
  /** Sector ids that exist in the data; others are reported. */
  knownSectors?: ReadonlySet<string>;
}

export function parseFilters(
  params: URLSearchParams,
  context: ParseContext = {},
): { filters: EventFilters; notices: ParseNotice[] } {
  const notices: ParseNotice[] = [];
  const reject = (param: string, value: string, message: string) =>
    notices.push({ param, value: shorten(value), message });

  const countries: string[] = [];
  for (const raw of params.getAll(FILTER_PARAMS.countries)) {
    const code = raw.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) reject(FILTER_PARAMS.countries, raw, 'неизвестный код страны');
    else if (context.knownCountries && !context.knownCountries.has(code))
      reject(FILTER_PARAMS.countries, raw, 'страна не встречается в отчёте');
    else if (!countries.includes(code)) countries.push(code);
  }

  const sectors: string[] = [];
  for (const raw of params.getAll(FILTER_PARAMS.sectors)) {
    if (context.knownSectors && !context.knownSectors.has(raw)) reject(FILTER_PARAMS.sectors, raw, 'неизвестная сфера');
    else if (!sectors.includes(raw)) sectors.push(raw);
  }

  const months: string[] = [];
  for (const raw of params.getAll(FILTER_PARAMS.months)) {
    if (!ISO_MONTH.test(raw)) reject(FILTER_PARAMS.months, raw, 'месяц должен быть в формате ГГГГ-ММ');
    else if (!months.includes(raw)) months.push(raw);
  }

  let format: EventFormat | null = null;
  const rawFormat = params.get(FILTER_PARAMS.format);
  if (rawFormat !== null) {
    if (rawFormat === 'online' || rawFormat === 'offline') format = rawFormat;
    else reject(FILTER_PARAMS.format, rawFormat, 'формат должен быть online или offline');
  }

  let hasParticipants: boolean | null = null;
  const rawParticipants = params.get(FILTER_PARAMS.hasParticipants);
  if (rawParticipants !== null) {
    if (rawParticipants === 'yes') hasParticipants = true;
    else if (rawParticipants === 'no') hasParticipants = false;
    else reject(FILTER_PARAMS.hasParticipants, rawParticipants, 'ожидается yes или no');
  }

  const date = (param: string): string | null => {
    const raw = params.get(param);
    if (raw === null || raw === '') return null;
    if (isValidIsoDate(raw)) return raw;
    reject(param, raw, 'дата должна быть в формате ГГГГ-ММ-ДД');
    return null;
  };
  let from = date(FILTER_PARAMS.from);
  let to = date(FILTER_PARAMS.to);
  if (from && to && from > to) {
    reject(FILTER_PARAMS.from, `${from} > ${to}`, 'начало периода позже конца — даты переставлены');
    [from, to] = [to, from];
  }

  let q = params.get(FILTER_PARAMS.q) ?? '';
  if (q.length > MAX_QUERY_LENGTH) {
    reject(FILTER_PARAMS.q, q, `запрос сокращён до ${MAX_QUERY_LENGTH} символов`);
    q = q.slice(0, MAX_QUERY_LENGTH);
  }

  return { filters: { countries, sectors, months, format, hasParticipants, from, to, q }, notices };
}

/** Writes filters into params (replacing filter keys, keeping any others such as sort). */
export function writeFilters(filters: EventFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of Object.values(FILTER_PARAMS)) params.delete(key);
  for (const c of filters.countries) params.append(FILTER_PARAMS.countries, c);
  for (const s of filters.sectors) params.append(FILTER_PARAMS.sectors, s);
  for (const m of filters.months) params.append(FILTER_PARAMS.months, m);
  if (filters.format) params.set(FILTER_PARAMS.format, filters.format);
  if (filters.hasParticipants !== null)
    params.set(FILTER_PARAMS.hasParticipants, filters.hasParticipants ? 'yes' : 'no');
  if (filters.from) params.set(FILTER_PARAMS.from, filters.from);
  if (filters.to) params.set(FILTER_PARAMS.to, filters.to);
  if (filters.q) params.set(FILTER_PARAMS.q, filters.q);
  return params;
}

/** Parameters a page does not understand, reported so a mistyped shared link is visible. */
export function unknownParams(params: URLSearchParams, allowed: readonly string[]): ParseNotice[] {
  const known = new Set<string>([...Object.values(FILTER_PARAMS), ...allowed]);
  const notices: ParseNotice[] = [];
  for (const [key, value] of params) {
    if (!known.has(key))
      notices.push({ param: shorten(key), value: shorten(value), message: 'неизвестный параметр — пропущен' });
  }
  return notices;
}

export function isFiltered(filters: EventFilters): boolean {
  return (
    filters.countries.length > 0 ||
    filters.sectors.length > 0 ||
    filters.months.length > 0 ||
    filters.format !== null ||
    filters.hasParticipants !== null ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q.trim() !== ''
  );
}

/** Months (YYYY-MM) an event's dates touch. */
export function eventMonths(event: ReportEvent): string[] {
  const { start, end } = event.dates;
  if (!start) return [];
  return monthsBetween(start, end ?? start, 240);
}

/**
 * ISO months (YYYY-MM) from the month of `start` to the month of `end`, at most `limit` of them;
 * the start month is always included, even when `end` lies before it.
 */
export function monthsBetween(start: string, end: string, limit: number): string[] {
  const months: string[] = [];
  let [y, m] = start.slice(0, 7).split('-').map(Number) as [number, number];
  const stop = end.slice(0, 7);
  for (let guard = 0; guard < limit; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= stop) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** Whether the event's dates overlap the inclusive range [from, to] (either end may be open). */
function overlaps(event: ReportEvent, from: string | null, to: string | null): boolean {
  const { start, end } = event.dates;
  if (!start) return false; // an undated event cannot be placed in a date range
  const last = end ?? start;
  return (from === null || last >= from) && (to === null || start <= to);
}

/** Whether the event passes the date-range filter (true when no range is set). */
export function matchesDateRange(event: ReportEvent, filters: EventFilters): boolean {
  return (filters.from === null && filters.to === null) || overlaps(event, filters.from, filters.to);
}

/** One facet dimension left out, so facet counts can reflect "the other filters". */
export type FacetKey = 'countries' | 'sectors' | 'months' | 'format' | 'hasParticipants';

export const FACET_KEYS: readonly FacetKey[] = ['countries', 'sectors', 'months', 'format', 'hasParticipants'];

/** Whether the event's dates touch the ISO month `YYYY-MM` (same answer as eventMonths, without allocating). */
export function touchesMonth(event: ReportEvent, month: string): boolean {
  const { start, end } = event.dates;
  if (!start) return false;
  return start.slice(0, 7) <= month && (end ?? start).slice(0, 7) >= month;
}

/** Whether the event passes one facet filter (true when that facet has no selection). */
export function matchesFacet(event: ReportEvent, filters: EventFilters, key: FacetKey): boolean {
  switch (key) {
    case 'countries':
      return filters.countries.length === 0 || filters.countries.some((c) => event.countries.includes(c));
    case 'sectors':
      return filters.sectors.length === 0 || filters.sectors.includes(event.sector.id);
    case 'months':
      return filters.months.length === 0 || filters.months.some((m) => touchesMonth(event, m));
    case 'format':
      return filters.format === null || event.place.online === (filters.format === 'online');
    case 'hasParticipants':
      return filters.hasParticipants === null || (event.participants.count !== null) === filters.hasParticipants;
  }
}

/**
 * Whether the event passes every filter except `ignore`. `searchText` is the event's search key
 * (SearchIndex.texts[i]); undefined skips the text search (the caller has answered it already).
 */
export function matchesFilters(
  event: ReportEvent,
  filters: EventFilters,
  searchText: string | undefined,
  ignore?: FacetKey,
): boolean {
  for (const key of FACET_KEYS) if (key !== ignore && !matchesFacet(event, filters, key)) return false;
  if (!matchesDateRange(event, filters)) return false;
  if (filters.q.trim() !== '' && searchText !== undefined && !matchesSearch(searchText, filters.q)) return false;
  return true;
}

/**
 * 1 for every event (by position in `events`) that passes all filters, else 0. The text search is
 * answered once from the index, the rest from typed columns (filter-columns.ts), not per object.
 */
export function filterMask(events: readonly ReportEvent[], filters: EventFilters, index: SearchIndex): Uint8Array {
  const found = searchMatches(index, filters.q);
  const columns = eventColumns(events);
  const compiled = compileFilters(filters, columns);
  const mask = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    if (found && !found[i]) continue;
    if (passesDateRange(columns, compiled, i) && facetFailures(columns, compiled, i) === 0) mask[i] = 1;
  }
  return mask;
}

/** Events that pass every filter, in input order; `index` must be buildSearchIndex(events). */
export function filterEvents(events: readonly ReportEvent[], filters: EventFilters, index: SearchIndex): ReportEvent[] {
  const mask = filterMask(events, filters, index);
  return events.filter((_, i) => mask[i] === 1);
}

/**
 * One pass for a cross-filtered screen: the events passing every filter, and for each facet in
 * `ignoring` the events passing every filter but that one (what its own chart shows). Each list keeps
 * report order and is a view (filter-columns.ts), so aggregations count it from the columns.
 */
export function crossFilter<K extends FacetKey>(
  events: readonly ReportEvent[],
  filters: EventFilters,
  index: SearchIndex,
  ignoring: readonly K[],
): { events: ReportEvent[]; ignoring: Record<K, ReportEvent[]> } {
  const found = searchMatches(index, filters.q);
  const columns = eventColumns(events);
  const compiled = compileFilters(filters, columns);
  const all = new Uint32Array(events.length);
  let n = 0;
  const lists = ignoring.map((key) => ({ bit: FACET_BIT[key], positions: new Uint32Array(events.length), n: 0 }));
  for (let i = 0; i < events.length; i++) {
    if (found && !found[i]) continue;
    if (!passesDateRange(columns, compiled, i)) continue;
    const failed = facetFailures(columns, compiled, i);
    if (failed === 0) all[n++] = i;
    for (const list of lists) if (failed === 0 || failed === list.bit) list.positions[list.n++] = i;
  }
  const result = {} as Record<K, ReportEvent[]>;
  ignoring.forEach((key, k) => (result[key] = eventsView(events, lists[k]!.positions.subarray(0, lists[k]!.n))));
  return { events: eventsView(events, all.subarray(0, n)), ignoring: result };
}
