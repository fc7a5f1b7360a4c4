// Facet options with live counts. The count shown next to a value is the number of events that
// match every OTHER active filter and have that value, i.e. how many rows the table would show if
// the user's choice in this facet were exactly that value (for multi-select facets, how many rows
// that value contributes). Text search and the date range apply to every facet.
import { countryNames } from './countries';
import {
  FACET_KEYS,
  matchesDateRange,
  matchesFacet,
  touchesMonth,
  type EventFilters,
  type EventFormat,
  type FacetKey,
} from './filters';
import type { Report, ReportEvent } from './report-schema';
import { buildSearchIndex, searchMatches } from './search';

export interface FacetOption<V extends string = string> {
  value: V;
  count: number;
}

export interface Facets {
  /** Partner countries of the report, most frequent first (by events in the whole report). */
  countries: FacetOption[];
  /** Sectors in report order. */
  sectors: (FacetOption & { name: string })[];
  /** ISO months of the report period (and any month an event touches), in order. */
  months: FacetOption[];
  format: FacetOption<EventFormat>[];
  /** `yes`: participant number stated; `no`: not stated. */
  hasParticipants: FacetOption<'yes' | 'no'>[];
}

interface FacetUniverse {
  countries: string[];
  sectors: { id: string; name: string }[];
  months: string[];
}

const collator = new Intl.Collator('ru-RU');

function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let [y, m] = start.slice(0, 7).split('-').map(Number) as [number, number];
  const stop = end.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > stop) break;
    months.push(key);
    m += 1;
    if (m > 12) [m, y] = [1, y + 1];
  }
  return months;
}

const universes = new WeakMap<readonly ReportEvent[], FacetUniverse>();

/** The values each facet offers, from the whole report (memoised), so options do not jump around. */
function facetUniverse(report: Report): FacetUniverse {
  const cached = universes.get(report.events);
  if (cached) return cached;
  const countryTotals = new Map<string, number>();
  const sectors = new Map<string, string>();
  const months = new Set(monthsBetween(report.period.start, report.period.end));
  for (const e of report.events) {
    for (const c of e.countries) countryTotals.set(c, (countryTotals.get(c) ?? 0) + 1);
    if (!sectors.has(e.sector.id)) sectors.set(e.sector.id, e.sector.name);
    if (e.dates.start) for (const m of monthsBetween(e.dates.start, e.dates.end ?? e.dates.start)) months.add(m);
  }
  const universe: FacetUniverse = {
    countries: [...countryTotals.keys()].sort(
      (a, b) =>
        countryTotals.get(b)! - countryTotals.get(a)! || collator.compare(countryNames(a).short, countryNames(b).short),
    ),
    sectors: [...sectors].map(([id, name]) => ({ id, name })),
    months: [...months].sort(),
  };
  universes.set(report.events, universe);
  return universe;
}

/** Facet options and counts for the report under the given filters (one pass over the events). */
export function computeFacets(report: Report, filters: EventFilters): Facets {
  const { events } = report;
  const universe = facetUniverse(report);
  const found = searchMatches(buildSearchIndex(events), filters.q);

  const countries = new Map<string, number>(universe.countries.map((c) => [c, 0]));
  const sectors = new Map<string, number>(universe.sectors.map((s) => [s.id, 0]));
  const months = new Map<string, number>(universe.months.map((m) => [m, 0]));
  let online = 0;
  let offline = 0;
  let withCount = 0;
  let withoutCount = 0;
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  for (let i = 0; i < events.length; i++) {
    if (found && !found[i]) continue;
    const event = events[i]!;
    if (!matchesDateRange(event, filters)) continue;
    // An event counts in facet F if it passes every facet but F; so find the facets it fails.
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const key of FACET_KEYS) {
      if (!matchesFacet(event, filters, key)) {
        failed = key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const counts = (key: FacetKey) => failures === 0 || failed === key;
    if (counts('countries')) for (const c of event.countries) bump(countries, c);
    if (counts('sectors')) bump(sectors, event.sector.id);
    if (counts('months')) for (const m of months.keys()) if (touchesMonth(event, m)) bump(months, m);
    if (counts('format')) {
      if (event.place.online) online++;
      else offline++;
    }
    if (counts('hasParticipants')) {
      if (event.participants.count !== null) withCount++;
      else withoutCount++;
    }
  }

  return {
    countries: [...countries].map(([value, count]) => ({ value, count })),
    sectors: universe.sectors.map((s) => ({ value: s.id, name: s.name, count: sectors.get(s.id) ?? 0 })),
    months: [...months].map(([value, count]) => ({ value, count })),
    format: [
      { value: 'offline', count: offline },
      { value: 'online', count: online },
    ],
    hasParticipants: [
      { value: 'yes', count: withCount },
      { value: 'no', count: withoutCount },
    ],
  };
}
