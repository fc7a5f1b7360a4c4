// Sorting of the events table. The sort lives in the URL (`sort=dates&dir=desc`) like the filters.
// Each full order is computed once per report and sort (kept on the PreparedReport), and filtering
// then keeps that order, so a keystroke in the search box never re-sorts the report.
import { once } from '../lib/once';
import { countryNames } from './countries';
import { EventsView } from './events-view';
import { filterMask } from './filter-engine';
import type { EventFilters, ParseNotice } from './filters';
import type { PreparedReport } from './prepared-report';
import type { ReportEvent } from './report-schema';
import { shorten } from '../lib/lexicon';

export const SORT_KEYS = ['number', 'sector', 'title', 'place', 'dates', 'countries', 'participants'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface SortState {
  key: SortKey;
  dir: SortDir;
}

/** The report's own order. */
export const DEFAULT_SORT: SortState = { key: 'number', dir: 'asc' };

export const SORT_PARAMS = { key: 'sort', dir: 'dir' } as const;

export function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

/** Reads the sort from URL parameters; invalid values fall back to the default with a notice. */
export function parseSort(params: URLSearchParams): { sort: SortState; notices: ParseNotice[] } {
  return parseSortValues(params.get(SORT_PARAMS.key), params.get(SORT_PARAMS.dir));
}

/** parseSort from the two parameter values (null: absent). */
export function parseSortValues(
  rawKey: string | null,
  rawDir: string | null,
): { sort: SortState; notices: ParseNotice[] } {
  const notices: ParseNotice[] = [];
  let key = DEFAULT_SORT.key;
  let dir: SortDir = 'asc';
  if (rawKey !== null) {
    if (isSortKey(rawKey)) key = rawKey;
    else notices.push({ param: SORT_PARAMS.key, value: shorten(rawKey), message: 'неизвестный столбец сортировки' });
  }
  if (rawDir !== null) {
    if (rawDir === 'asc' || rawDir === 'desc') dir = rawDir;
    else
      notices.push({
        param: SORT_PARAMS.dir,
        value: shorten(rawDir),
        message: 'направление должно быть asc или desc',
      });
  }
  return { sort: { key, dir }, notices };
}

/** Writes the sort into params, leaving them out for the default order so links stay short. */
export function writeSort(sort: SortState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete(SORT_PARAMS.key);
  params.delete(SORT_PARAMS.dir);
  if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir) {
    params.set(SORT_PARAMS.key, sort.key);
    if (sort.dir !== 'asc') params.set(SORT_PARAMS.dir, sort.dir);
  }
  return params;
}

const collator = once(() => new Intl.Collator('ru-RU', { sensitivity: 'base', numeric: true }));

/** Place as shown in the table: the city, else the source text. */
export function placeSortText(event: ReportEvent): string {
  return event.place.city ?? event.place.raw.trim();
}

/** Partner countries as a sortable text: Russian short names in alphabetical order. */
export function countriesSortText(event: ReportEvent): string {
  return event.countries
    .map((c) => countryNames(c).short)
    .sort(collator().compare)
    .join(', ');
}

type SortValue = string | number | null;

/** The value an event is sorted by; null (not stated) always sorts last. */
function sortValue(event: ReportEvent, key: SortKey): SortValue {
  switch (key) {
    case 'number':
      return event.number;
    case 'sector':
      return event.sector.name;
    case 'title':
      return event.title.trim() || null;
    case 'place':
      return placeSortText(event) || null;
    case 'dates':
      // ISO dates sort as text; the end date breaks ties between events starting the same day.
      return event.dates.start ? `${event.dates.start}/${event.dates.end ?? event.dates.start}` : null;
    case 'countries':
      return countriesSortText(event) || null;
    case 'participants':
      return event.participants.count;
  }
}

/**
 * Sort values as numbers: text is ranked once per distinct value with the Russian collator, ISO
 * dates compare as plain text, so sorting 100 000 events costs a few distinct-value comparisons
 * plus a numeric sort. NaN marks "no value".
 */
function numericValues(values: readonly SortValue[], key: SortKey): Float64Array {
  const out = new Float64Array(values.length);
  if (key === 'number' || key === 'participants') {
    values.forEach((v, i) => (out[i] = v === null ? NaN : (v as number)));
    return out;
  }
  const distinct = [...new Set(values.filter((v): v is string => v !== null))];
  distinct.sort(key === 'dates' ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : (a, b) => collator().compare(a, b));
  const rank = new Map(distinct.map((v, r) => [v, r]));
  values.forEach((v, i) => (out[i] = v === null ? NaN : rank.get(v as string)!));
  return out;
}

/**
 * Positions of the report's events in sorted order (computed once per report and sort). Events
 * without a value (no dates, no stated participants…) come last in both directions; ties keep the
 * report order.
 */
export function sortedOrder(model: PreparedReport, sort: SortState): Uint32Array {
  return model.derived(`sort:${sort.key}:${sort.dir}`, () => buildOrder(model.events, sort));
}

function buildOrder(events: readonly ReportEvent[], sort: SortState): Uint32Array {
  const values = numericValues(
    events.map((e) => sortValue(e, sort.key)),
    sort.key,
  );
  const numbers = Float64Array.from(events, (e) => e.number);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const order = Uint32Array.from(events.keys());
  order.sort((i, j) => {
    const a = values[i]!;
    const b = values[j]!;
    if (Number.isNaN(a) || Number.isNaN(b)) {
      if (Number.isNaN(a) && Number.isNaN(b)) return i - j;
      return Number.isNaN(a) ? 1 : -1;
    }
    return sign * (a - b) || numbers[i]! - numbers[j]! || i - j;
  });
  return order;
}

/** The report sorted; `mask` (by report position) keeps only the positions set to 1. */
export function sortedView(model: PreparedReport, sort: SortState, mask?: Uint8Array): EventsView {
  const order = sortedOrder(model, sort);
  if (!mask) return new EventsView(model, order);
  const kept = new Uint32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) if (mask[order[k]!] === 1) kept[n++] = order[k]!;
  return new EventsView(model, kept.slice(0, n));
}

export interface ListPosition {
  /** Place of the event in the filtered, sorted list (0-based); -1 when the filter leaves it out. */
  index: number;
  total: number;
  prev: ReportEvent | undefined;
  next: ReportEvent | undefined;
}

/** Where an event stands in the explorer's list under `filters` and `sort`: the detail page's pager. */
export function listPosition(
  model: PreparedReport,
  filters: EventFilters,
  sort: SortState,
  eventId: string,
): ListPosition {
  const mask = filterMask(model, filters);
  const order = sortedOrder(model, sort);
  let total = 0;
  let index = -1;
  let prev: ReportEvent | undefined;
  let next: ReportEvent | undefined;
  let last: ReportEvent | undefined;
  for (let k = 0; k < order.length; k++) {
    if (mask[order[k]!] !== 1) continue;
    const event = model.events[order[k]!]!;
    if (index >= 0 && next === undefined) next = event;
    if (event.id === eventId) {
      index = total;
      prev = last;
    }
    last = event;
    total++;
  }
  return { index, total, prev, next };
}
