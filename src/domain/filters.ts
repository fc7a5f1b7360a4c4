// Filter state shared by every screen. It lives in the URL query string, so a link reproduces a view.
// Parsing is forgiving: invalid values are dropped and reported as notices, never thrown. What each
// dimension means, reads and writes is in the dimension table (dimensions.ts); this module is the
// state and its URL form, built by walking that table.
import { shorten } from '../lib/lexicon';
import { DIMENSIONS, type FilterChip, type LabelContext } from './dimensions';

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

/** Every URL parameter a filter owns. */
const FILTER_PARAM_NAMES: readonly string[] = DIMENSIONS.flatMap((d) => d.params);

export interface ParseNotice {
  param: string;
  value: string;
  message: string;
  /** True when the value was corrected and applied; absent or false when it was refused. */
  applied?: boolean;
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
  const reject = (param: string, value: string, message: string, applied = false) =>
    notices.push({ param, value: shorten(value), message, applied });
  let filters = EMPTY_FILTERS;
  for (const d of DIMENSIONS) filters = { ...filters, ...d.parse(params, context, reject) };
  return { filters, notices };
}

/** Writes filters into params (replacing filter keys, keeping any others such as sort). */
export function writeFilters(filters: EventFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of FILTER_PARAM_NAMES) params.delete(key);
  for (const d of DIMENSIONS) d.write(filters, params);
  return params;
}

/** The filters' canonical URL form: equal filters give equal keys (what caches and memos key on). */
export function filtersKey(filters: EventFilters): string {
  return writeFilters(filters).toString();
}

/** Only the filter parameters of a URL, as a string: recomputation keys on it, not on scroll or sort. */
export function urlFiltersKey(params: URLSearchParams): string {
  const keys = new Set(FILTER_PARAM_NAMES);
  return new URLSearchParams([...params].filter(([key]) => keys.has(key))).toString();
}

/** Parameters a page does not understand, reported so a mistyped shared link is visible. */
export function unknownParams(params: URLSearchParams, allowed: readonly string[]): ParseNotice[] {
  const known = new Set<string>([...FILTER_PARAM_NAMES, ...allowed]);
  const notices: ParseNotice[] = [];
  for (const [key, value] of params) {
    if (!known.has(key))
      notices.push({ param: shorten(key), value: shorten(value), message: 'неизвестный параметр — пропущен' });
  }
  return notices;
}

/** How many choices are active, across dimensions (the facet panel's badge). */
export function activeFilterCount(filters: EventFilters): number {
  return DIMENSIONS.reduce((n, d) => n + d.active(filters), 0);
}

export function isFiltered(filters: EventFilters): boolean {
  return DIMENSIONS.some((d) => d.active(filters) > 0);
}

/** The active filter as removable chips, in dimension order. */
export function filterChips(filters: EventFilters, labels: LabelContext): FilterChip[] {
  return DIMENSIONS.flatMap((d) => d.chips(filters, labels));
}

/** The filter in words, one item per dimension: «Страны: Беларусь, Казахстан». Empty when unfiltered. */
export function describeFilters(filters: EventFilters, labels: LabelContext): string[] {
  return DIMENSIONS.flatMap((d) => d.describe(filters, labels) ?? []);
}

/** File-name parts for the filter; user text (the search query) never reaches a file name. */
export function filterNameParts(filters: EventFilters): string[] {
  return DIMENSIONS.flatMap((d) => d.fileParts(filters));
}
