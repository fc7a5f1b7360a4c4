// The filters asked of one event object at a time: the dimension table's object predicates composed.
// Slow by design and obviously right, it is the oracle the typed-column engine (filter-engine.ts) and
// the aggregations are tested against; it lives with the tests because the screens never use it.
import { monthsBetween } from '../../src/lib/calendar';
import { DIMENSIONS, type FacetKey } from '../../src/domain/dimensions';
import type { EventFilters } from '../../src/domain/filters';
import type { ReportEvent } from '../../src/domain/report-schema';

/**
 * Whether the event passes every filter except the facet `ignore`. `searchKey` is the event's search
 * key (SearchIndex.texts[i]); undefined skips the text search.
 */
export function matchesFilters(
  event: ReportEvent,
  filters: EventFilters,
  searchKey: string | undefined,
  ignore?: FacetKey,
): boolean {
  return DIMENSIONS.every(
    (d) => (ignore !== undefined && d.facet?.key === ignore) || d.matches(event, filters, searchKey),
  );
}

/** Months (YYYY-MM) an event's dates touch. */
export function eventMonths(event: ReportEvent): string[] {
  const { start, end } = event.dates;
  if (!start) return [];
  return monthsBetween(start, end ?? start);
}
