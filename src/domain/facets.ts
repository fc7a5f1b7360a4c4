// Facet options with live counts. The count shown next to a value is the number of events that
// match every OTHER active filter and have that value, i.e. how many rows the table would show if
// the user's choice in this facet were exactly that value (for multi-select facets, how many rows
// that value contributes). Text search and the date range apply to every facet.
import { countryNames } from './countries';
import { compileFilters, eventColumns, FACET_BIT, facetFailures, monthNumber, passesDateRange } from './filter-columns';
import type { EventFilters, EventFormat } from './filters';
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
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (const e of report.events) {
    for (const c of e.countries) countryTotals.set(c, (countryTotals.get(c) ?? 0) + 1);
    if (!sectors.has(e.sector.id)) sectors.set(e.sector.id, e.sector.name);
    if (e.dates.start) {
      firstMonth = Math.min(firstMonth, monthNumber(e.dates.start));
      lastMonth = Math.max(lastMonth, monthNumber(e.dates.end ?? e.dates.start));
    }
  }
  // Months outside the period that some event touches (an event spilling over the quarter's end).
  const columns = eventColumns(report.events);
  for (let m = firstMonth; m <= lastMonth; m++) {
    const iso = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    if (months.has(iso)) continue;
    for (let i = 0; i < columns.size; i++)
      if (columns.monthFrom[i]! >= 0 && columns.monthFrom[i]! <= m && columns.monthTo[i]! >= m) {
        months.add(iso);
        break;
      }
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
  return facetsAndMask(report, filters).facets;
}

/**
 * The facets and, in the same pass, which events pass every filter (1 by position in report.events,
 * as filterMask gives): what the explorer needs on each filter change, reading the columns once.
 */
export function facetsAndMask(report: Report, filters: EventFilters): { facets: Facets; mask: Uint8Array } {
  const { events } = report;
  const universe = facetUniverse(report);
  const found = searchMatches(buildSearchIndex(events), filters.q);
  const columns = eventColumns(events);
  const compiled = compileFilters(filters, columns);

  const countryCounts = new Int32Array(columns.countryCodes.length);
  const sectorCounts = new Int32Array(columns.sectorIds.length);
  const monthNumbers = Int32Array.from(universe.months, monthNumber);
  const monthCounts = new Int32Array(monthNumbers.length);
  let online = 0;
  let offline = 0;
  let withCount = 0;
  let withoutCount = 0;
  const mask = new Uint8Array(columns.size);

  for (let i = 0; i < columns.size; i++) {
    if (found && !found[i]) continue;
    if (!passesDateRange(columns, compiled, i)) continue;
    // An event counts in facet F if it passes every facet but F.
    const failed = facetFailures(columns, compiled, i);
    if (failed === 0) mask[i] = 1;
    else if ((failed & (failed - 1)) !== 0) continue; // fails two or more
    if (failed === 0 || failed === FACET_BIT.countries)
      for (let k = columns.countryStart[i]!; k < columns.countryStart[i + 1]!; k++)
        countryCounts[columns.countryList[k]!]!++;
    if (failed === 0 || failed === FACET_BIT.sectors) sectorCounts[columns.sector[i]!]!++;
    if (failed === 0 || failed === FACET_BIT.months) {
      const from = columns.monthFrom[i]!;
      const to = columns.monthTo[i]!;
      if (from >= 0)
        for (let m = 0; m < monthNumbers.length; m++)
          if (monthNumbers[m]! >= from && monthNumbers[m]! <= to) monthCounts[m]!++;
    }
    if (failed === 0 || failed === FACET_BIT.format) {
      if (columns.online[i]) online++;
      else offline++;
    }
    if (failed === 0 || failed === FACET_BIT.hasParticipants) {
      if (columns.hasCount[i]) withCount++;
      else withoutCount++;
    }
  }

  const countryAt = new Map(columns.countryCodes.map((c, k) => [c, k]));
  const sectorAt = new Map(columns.sectorIds.map((s, k) => [s, k]));
  const facets: Facets = {
    countries: universe.countries.map((value) => ({ value, count: countryCounts[countryAt.get(value)!] ?? 0 })),
    sectors: universe.sectors.map((s) => ({
      value: s.id,
      name: s.name,
      count: sectorCounts[sectorAt.get(s.id)!] ?? 0,
    })),
    months: universe.months.map((value, m) => ({ value, count: monthCounts[m]! })),
    format: [
      { value: 'offline', count: offline },
      { value: 'online', count: online },
    ],
    hasParticipants: [
      { value: 'yes', count: withCount },
      { value: 'no', count: withoutCount },
    ],
  };
  return { facets, mask };
}
