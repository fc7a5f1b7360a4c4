// Sorting of the events table. The sort lives in the URL (`sort=dates&dir=desc`) like the filters.
// Each full order is computed once per events array and sort (memoised), and filtering then keeps
// that order, so a keystroke in the search box never re-sorts the report.
import { countryNames } from './countries';
import { eventsView } from './filter-columns';
import type { ParseNotice } from './filters';
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
  const notices: ParseNotice[] = [];
  let key = DEFAULT_SORT.key;
  let dir: SortDir = 'asc';
  const rawKey = params.get(SORT_PARAMS.key);
  if (rawKey !== null) {
    if (isSortKey(rawKey)) key = rawKey;
    else notices.push({ param: SORT_PARAMS.key, value: shorten(rawKey), message: 'неизвестный столбец сортировки' });
  }
  const rawDir = params.get(SORT_PARAMS.dir);
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

const collator = new Intl.Collator('ru-RU', { sensitivity: 'base', numeric: true });

/** Place as shown in the table: the city, else the source text. */
export function placeSortText(event: ReportEvent): string {
  return event.place.city ?? event.place.raw.trim();
}

/** Partner countries as a sortable text: Russian short names in alphabetical order. */
export function countriesSortText(event: ReportEvent): string {
  return event.countries
    .map((c) => countryNames(c).short)
    .sort(collator.compare)
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
  distinct.sort(key === 'dates' ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : (a, b) => collator.compare(a, b));
  const rank = new Map(distinct.map((v, r) => [v, r]));
  values.forEach((v, i) => (out[i] = v === null ? NaN : rank.get(v as string)!));
  return out;
}

const orders = new WeakMap<readonly ReportEvent[], Map<string, Uint32Array>>();

/**
 * Positions of `events` in sorted order (memoised per array and sort). Events without a value
 * (no dates, no stated participants…) come last in both directions; ties keep the report order.
 */
export function sortedOrder(events: readonly ReportEvent[], sort: SortState): Uint32Array {
  let byKey = orders.get(events);
  if (!byKey) orders.set(events, (byKey = new Map()));
  const cacheKey = `${sort.key}:${sort.dir}`;
  const cached = byKey.get(cacheKey);
  if (cached) return cached;

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
  byKey.set(cacheKey, order);
  return order;
}

/**
 * Events sorted; `mask` (aligned with `events`) keeps only the positions set to 1. The result is a
 * view of `events` (filter-columns.ts), so aggregations over it read the typed columns.
 */
export function sortEvents(events: readonly ReportEvent[], sort: SortState, mask?: Uint8Array): ReportEvent[] {
  const order = sortedOrder(events, sort);
  if (!mask) return eventsView(events, order);
  const kept = new Uint32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) if (mask[order[k]!] === 1) kept[n++] = order[k]!;
  return eventsView(events, kept.subarray(0, n));
}
