// Everything the explorer shows, derived from the URL (use-url-state.ts): filters, sort, hidden
// columns, notices, and the filtered + sorted rows and facet counts (recomputed only when the filters
// or the sort change, never when the URL merely catches up or the scroll position is written).
import { useCallback, useMemo } from 'react';
import { facetsAndMask } from '../../../domain/filter-engine';
import type { EventFilters } from '../../../domain/filters';
import type { PreparedReport } from '../../../domain/prepared-report';
import {
  parseSortValues,
  sortedView,
  SORT_PARAMS,
  writeSort,
  type SortKey,
  type SortState,
} from '../../../domain/sort';
import { useUrlState, type FilterWriteOptions } from '../../../shared/hooks/use-url-state';
import { AT_PARAM, explorerParams, HIDE_PARAM, parseHidden, writeHidden } from '../events-url';

function dropAt(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(AT_PARAM);
  return next;
}

export function useEventsView(model: PreparedReport) {
  const {
    filters,
    params,
    setParams,
    setFilters: setUrlFilters,
    notices: urlNotices,
  } = useUrlState(model, {
    allowed: explorerParams(),
  });

  // Each keyed on its own parameters' values, so writing the scroll position re-parses nothing.
  const rawSort = params.get(SORT_PARAMS.key);
  const rawDir = params.get(SORT_PARAMS.dir);
  const { sort, notices: sortNotices } = useMemo(() => parseSortValues(rawSort, rawDir), [rawSort, rawDir]);
  const hideKey = params.getAll(HIDE_PARAM).join('\n');
  const { hidden, notices: hideNotices } = useMemo(() => parseHidden(hideKey ? hideKey.split('\n') : []), [hideKey]);
  const notices = useMemo(
    () => [...urlNotices, ...sortNotices, ...hideNotices],
    [urlNotices, sortNotices, hideNotices],
  );

  // One pass over the typed columns gives the rows that pass and every facet count.
  const { mask, facets } = useMemo(() => facetsAndMask(model, filters), [model, filters]);
  const rows = useMemo(() => sortedView(model, sort, mask), [model, sort, mask]);

  /** A filter change; the old scroll position no longer applies. */
  const setFilters = useCallback(
    (next: (current: EventFilters) => EventFilters, options: Omit<FilterWriteOptions, 'also'> = {}) =>
      setUrlFilters(next, { ...options, also: dropAt }),
    [setUrlFilters],
  );
  const setSort = useCallback((next: SortState) => setParams((p) => dropAt(writeSort(next, p))), [setParams]);
  const setHidden = useCallback(
    (next: SortKey[]) => setParams((p) => writeHidden(next, p), { replace: true }),
    [setParams],
  );
  const setAt = useCallback(
    (eventId: string | null) =>
      setParams(
        (p) => {
          const next = dropAt(p);
          if (eventId) next.set(AT_PARAM, eventId);
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
