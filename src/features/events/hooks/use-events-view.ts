// Everything the explorer shows, derived from the URL: filters, sort, hidden columns, notices, and
// the filtered + sorted rows and facet counts (recomputed only when the filters or sort change).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { computeFacets } from '../../../domain/facets';
import { filterMask, parseFilters, unknownParams, writeFilters, type EventFilters } from '../../../domain/filters';
import type { Report } from '../../../domain/report-schema';
import { buildSearchIndex } from '../../../domain/search';
import { parseSort, sortEvents, writeSort, type SortKey, type SortState } from '../../../domain/sort';
import { reportParseContext, useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { AT_PARAM, EXPLORER_PARAMS, filterParamsKey, parseHidden, writeHidden } from '../events-url';

export function useEventsView(report: Report) {
  const { notices: filterNotices, params } = useUrlFilters(report);
  const [, setParams] = useSearchParams();
  const context = useMemo(() => reportParseContext(report), [report]);

  // Keyed on the filter parameters only, so writing the scroll position or sort does not refilter.
  const filterKey = filterParamsKey(params);
  const urlFilters = useMemo(() => parseFilters(new URLSearchParams(filterKey), context).filters, [filterKey, context]);
  // A filter change shows at once, before the router commits the new URL (its loader is async);
  // a controlled checkbox would otherwise snap back for a moment. Any URL change supersedes it.
  const [pending, setPending] = useState<{ base: string; filters: EventFilters } | null>(null);
  const filters = pending && pending.base === filterKey ? pending.filters : urlFilters;
  const sortKey = params.get('sort');
  const dirKey = params.get('dir');
  const { sort, notices: sortNotices } = useMemo(() => {
    const p = new URLSearchParams();
    if (sortKey !== null) p.set('sort', sortKey);
    if (dirKey !== null) p.set('dir', dirKey);
    return parseSort(p);
  }, [sortKey, dirKey]);
  const hideKey = params.getAll('hide').join('\n');
  const { hidden, notices: hideNotices } = useMemo(
    () => parseHidden(new URLSearchParams(hideKey ? hideKey.split('\n').map((h) => ['hide', h]) : [])),
    [hideKey],
  );
  const paramsKey = params.toString();
  const notices = useMemo(
    () => [
      ...unknownParams(new URLSearchParams(paramsKey), EXPLORER_PARAMS),
      ...filterNotices,
      ...sortNotices,
      ...hideNotices,
    ],
    [paramsKey, filterNotices, sortNotices, hideNotices],
  );

  const mask = useMemo(() => filterMask(report.events, filters, buildSearchIndex(report.events)), [report, filters]);
  const rows = useMemo(() => sortEvents(report.events, sort, mask), [report, sort, mask]);
  const facets = useMemo(() => computeFacets(report, filters), [report, filters]);

  /** Like useUrlFilters' setFilters, and the old scroll position no longer applies. */
  // The filters as last set, even if neither the URL nor this render has caught up yet: a debounced
  // search firing right after a facet click must build on that click, not on an older render.
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  }, [filters]);
  /** Like useUrlFilters' setFilters, and the old scroll position no longer applies. */
  const setFilters = useCallback(
    (next: (current: EventFilters) => EventFilters, options: { replace?: boolean } = {}) => {
      const computed = next(latest.current);
      latest.current = computed;
      setPending({ base: filterKey, filters: computed });
      setParams((prev) => dropAt(writeFilters(computed, prev)), { replace: options.replace ?? false });
    },
    [setParams, filterKey],
  );

  const setSort = useCallback(
    (next: SortState) => setParams((prev) => dropAt(writeSort(next, prev)), { replace: false }),
    [setParams],
  );
  const setHidden = useCallback(
    (next: SortKey[]) => setParams((prev) => writeHidden(next, prev), { replace: true }),
    [setParams],
  );
  const setAt = useCallback(
    (eventId: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (eventId) next.set(AT_PARAM, eventId);
          else next.delete(AT_PARAM);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );

  return {
    params,
    filters,
    setFilters,
    sort,
    setSort,
    hidden,
    setHidden,
    at: params.get(AT_PARAM),
    setAt,
    notices,
    rows,
    facets,
  };
}

function dropAt(params: URLSearchParams): URLSearchParams {
  params.delete(AT_PARAM);
  return params;
}
