// Column-wise copy of the fields the filters look at, built once per events array, so filtering and
// facet counting over 100 000 events is a loop over typed arrays rather than over objects and
// strings. Semantics are those of matchesFacet/matchesDateRange in filters.ts (tests compare them).
import type { EventFilters, FacetKey } from './filters';
import type { ReportEvent } from './report-schema';

export interface EventColumns {
  size: number;
  sectorIds: string[];
  sector: Int32Array;
  countryCodes: string[];
  /** Countries of event i: countryList[countryStart[i] .. countryStart[i + 1]). */
  countryStart: Int32Array;
  countryList: Int32Array;
  /** Month numbers (year * 12 + month - 1) of the first and last day; -1 when undated. */
  monthFrom: Int32Array;
  monthTo: Int32Array;
  start: (string | null)[];
  /** Last day (end, else start). */
  last: (string | null)[];
  online: Uint8Array;
  hasCount: Uint8Array;
  /** Day numbers (days since 1970-01-01) of the first and last day (end, else start); NaN when undated. */
  startDay: Float64Array;
  lastDay: Float64Array;
  /** Stated participant number (NaN: not stated), its unit and certainty, and foreign participants. */
  count: Float64Array;
  organizations: Uint8Array;
  atLeast: Uint8Array;
  foreignCount: Float64Array;
}

/** `2026-03` → 2026 * 12 + 2. */
export function monthNumber(isoMonth: string): number {
  return Number(isoMonth.slice(0, 4)) * 12 + Number(isoMonth.slice(5, 7)) - 1;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (what aggregations.ts counts weeks and spans in). */
export function isoDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

const cache = new WeakMap<readonly ReportEvent[], EventColumns>();

export function eventColumns(events: readonly ReportEvent[]): EventColumns {
  const cached = cache.get(events);
  if (cached && cached.size === events.length) return cached;
  const n = events.length;
  const sectorIndex = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  const sector = new Int32Array(n);
  const countryStart = new Int32Array(n + 1);
  const countryList: number[] = [];
  const monthFrom = new Int32Array(n);
  const monthTo = new Int32Array(n);
  const start: (string | null)[] = new Array(n);
  const last: (string | null)[] = new Array(n);
  const online = new Uint8Array(n);
  const hasCount = new Uint8Array(n);
  const startDay = new Float64Array(n);
  const lastDay = new Float64Array(n);
  const count = new Float64Array(n);
  const organizations = new Uint8Array(n);
  const atLeast = new Uint8Array(n);
  const foreignCount = new Float64Array(n);
  const indexOf = (map: Map<string, number>, key: string) => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  };
  events.forEach((e, i) => {
    sector[i] = indexOf(sectorIndex, e.sector.id);
    for (const c of e.countries) countryList.push(indexOf(countryIndex, c));
    countryStart[i + 1] = countryList.length;
    start[i] = e.dates.start;
    last[i] = e.dates.start ? (e.dates.end ?? e.dates.start) : null;
    monthFrom[i] = e.dates.start ? monthNumber(e.dates.start) : -1;
    monthTo[i] = last[i] ? monthNumber(last[i]!) : -1;
    online[i] = e.place.online ? 1 : 0;
    hasCount[i] = e.participants.count !== null ? 1 : 0;
    startDay[i] = e.dates.start ? isoDay(e.dates.start) : NaN;
    lastDay[i] = e.dates.start ? isoDay(e.dates.end ?? e.dates.start) : NaN;
    const p = e.participants;
    count[i] = p.count ?? NaN;
    organizations[i] = p.unit === 'organizations' ? 1 : 0;
    atLeast[i] = p.qualifier === 'atLeast' ? 1 : 0;
    foreignCount[i] = p.foreignCount ?? NaN;
  });
  const columns: EventColumns = {
    size: n,
    sectorIds: [...sectorIndex.keys()],
    sector,
    countryCodes: [...countryIndex.keys()],
    countryStart,
    countryList: Int32Array.from(countryList),
    monthFrom,
    monthTo,
    start,
    last,
    online,
    hasCount,
    startDay,
    lastDay,
    count,
    organizations,
    atLeast,
    foreignCount,
  };
  cache.set(events, columns);
  return columns;
}

/** A subset of a report's events that knows which positions of the full array it holds. */
export interface EventsView {
  source: readonly ReportEvent[];
  /** Positions in `source`, in the subset's order. */
  positions: Uint32Array;
}

const views = new WeakMap<readonly ReportEvent[], EventsView>();

/**
 * The events at `positions` of `source`, as a plain array that remembers where they came from, so
 * aggregations.ts can count a 100 000-event filter result from the typed columns instead of the
 * objects. Treat it as read-only: the record would go stale if the array were changed.
 */
export function eventsView(source: readonly ReportEvent[], positions: Uint32Array): ReportEvent[] {
  const events = new Array<ReportEvent>(positions.length);
  for (let k = 0; k < positions.length; k++) events[k] = source[positions[k]!]!;
  views.set(events, { source, positions });
  return events;
}

/** Where a subset made by eventsView came from; null for any other array. */
export function viewOf(events: readonly ReportEvent[]): EventsView | null {
  const view = views.get(events);
  return view && view.positions.length === events.length ? view : null;
}

/** The whole array as a view of itself (positions 0 … n − 1), so the same column code serves both. */
export function asView(events: readonly ReportEvent[]): EventsView {
  const view = viewOf(events);
  if (view) return view;
  const positions = new Uint32Array(events.length);
  for (let k = 0; k < positions.length; k++) positions[k] = k;
  return { source: events, positions };
}

export interface CompiledFilters {
  /** Selected countries by column index; null = no country filter. */
  countries: Uint8Array | null;
  sectors: Uint8Array | null;
  months: Int32Array | null;
  online: 0 | 1 | null;
  hasCount: 0 | 1 | null;
  from: string | null;
  to: string | null;
}

function selection(selected: readonly string[], known: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  return Uint8Array.from(known, (k) => (selected.includes(k) ? 1 : 0));
}

export function compileFilters(filters: EventFilters, columns: EventColumns): CompiledFilters {
  return {
    countries: selection(filters.countries, columns.countryCodes),
    sectors: selection(filters.sectors, columns.sectorIds),
    months: filters.months.length > 0 ? Int32Array.from(filters.months, monthNumber) : null,
    online: filters.format === null ? null : filters.format === 'online' ? 1 : 0,
    hasCount: filters.hasParticipants === null ? null : filters.hasParticipants ? 1 : 0,
    from: filters.from,
    to: filters.to,
  };
}

/** Bit of each facet in facetFailures' result. */
export const FACET_BIT: Readonly<Record<FacetKey, number>> = {
  countries: 1,
  sectors: 2,
  months: 4,
  format: 8,
  hasParticipants: 16,
};

/** The facets event i fails, as a bit mask (0: passes every facet). */
export function facetFailures(c: EventColumns, f: CompiledFilters, i: number): number {
  let failed = 0;
  if (f.countries) {
    let hit = false;
    for (let k = c.countryStart[i]!; k < c.countryStart[i + 1]! && !hit; k++)
      hit = f.countries[c.countryList[k]!] === 1;
    if (!hit) failed |= FACET_BIT.countries;
  }
  if (f.sectors && f.sectors[c.sector[i]!] !== 1) failed |= FACET_BIT.sectors;
  if (f.months) {
    const from = c.monthFrom[i]!;
    const to = c.monthTo[i]!;
    let hit = false;
    if (from >= 0) for (let k = 0; k < f.months.length && !hit; k++) hit = f.months[k]! >= from && f.months[k]! <= to;
    if (!hit) failed |= FACET_BIT.months;
  }
  if (f.online !== null && c.online[i] !== f.online) failed |= FACET_BIT.format;
  if (f.hasCount !== null && c.hasCount[i] !== f.hasCount) failed |= FACET_BIT.hasParticipants;
  return failed;
}

/** Whether event i overlaps the date range (true when no range is set; undated events never do). */
export function passesDateRange(c: EventColumns, f: CompiledFilters, i: number): boolean {
  if (f.from === null && f.to === null) return true;
  const start = c.start[i];
  if (!start) return false;
  return (f.from === null || c.last[i]! >= f.from) && (f.to === null || start <= f.to);
}
