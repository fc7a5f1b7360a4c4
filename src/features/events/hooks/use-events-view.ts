// Everything the explorer shows, derived from the URL: filters, sort, hidden columns, notices, and
// the filtered + sorted rows and facet counts (recomputed only when the filters or sort change).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router-dom';
import { facetsAndMask } from '../../../domain/facets';
import { parseFilters, unknownParams, writeFilters, type EventFilters } from '../../../domain/filters';
import type { Report } from '../../../domain/report-schema';
import { parseSort, sortEvents, writeSort, type SortKey, type SortState } from '../../../domain/sort';
import { reportParseContext, useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { AT_PARAM, explorerParams, filterParamsKey, parseHidden, writeHidden } from '../events-url';

export function useEventsView(report: Report) {
  const { notices: filterNotices, params } = useUrlFilters(report);
  const [, setParams] = useSearchParams();
  const context = useMemo(() => reportParseContext(report), [report]);

  // Keyed on the filter parameters only, so writing the scroll position or sort does not refilter.
  const filterKey = filterParamsKey(params);
  const urlFilters = useMemo(() => parseFilters(new URLSearchParams(filterKey), context).filters, [filterKey, context]);
  // A filter change shows at once, before the router commits the new URL (its loader is async, and a
  // search writes the URL only after typing pauses); a controlled checkbox or input would otherwise
  // snap back. It is spent once the URL holds it, or when Back/Forward moves to another entry.
  const location = useLocation();
  const navigationType = useNavigationType();
  const [pending, setPending] = useState<{ key: string; locationKey: string; filters: EventFilters } | null>(null);
  if (pending && (pending.key === filterKey || (navigationType === 'POP' && location.key !== pending.locationKey)))
    setPending(null);
  const shown = pending ? pending.filters : urlFilters;
  // The same filters keep the same object when the URL catches up with them, so nothing is recomputed
  // or re-rendered then (a debounced search writes the URL after the table already shows the result).
  const shownKey = writeFilters(shown).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the content, not the object
  const filters = useMemo(() => shown, [shownKey]);
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
      ...unknownParams(new URLSearchParams(paramsKey), explorerParams()),
      ...filterNotices,
      ...sortNotices,
      ...hideNotices,
    ],
    [paramsKey, filterNotices, sortNotices, hideNotices],
  );

  // One pass over the typed columns gives the rows that pass and every facet count.
  const { mask, facets } = useMemo(() => facetsAndMask(report, filters), [report, filters]);
  const rows = useMemo(() => sortEvents(report.events, sort, mask), [report, sort, mask]);

  // The filters as last set, even if neither the URL nor this render has caught up yet: a debounced
  // search firing right after a facet click must build on that click, not on an older render.
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  }, [filters]);
  // The setters below stay the same functions across URL changes (the router's setter does not), so
  // the memoised panels and inputs do not re-render when a debounced search reaches the URL.
  const router = useRef({ setParams, locationKey: location.key });
  useEffect(() => {
    router.current = { setParams, locationKey: location.key };
  });
  const write: typeof setParams = useCallback((...args) => router.current.setParams(...args), []);

  const urlWrite = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(urlWrite.current), []);
  /**
   * Like useUrlFilters' setFilters, and the old scroll position no longer applies. The view changes at
   * once; with `delay` (typing) the URL follows that many ms after the last change, writing whatever
   * the filters are by then, so a facet click in between is kept.
   */
  const setFilters = useCallback(
    (next: (current: EventFilters) => EventFilters, options: { replace?: boolean; delay?: number } = {}) => {
      const computed = next(latest.current);
      latest.current = computed;
      setPending({
        key: writeFilters(computed).toString(),
        locationKey: router.current.locationKey,
        filters: computed,
      });
      clearTimeout(urlWrite.current);
      const commit = () =>
        write((prev) => dropAt(writeFilters(latest.current, prev)), { replace: options.replace ?? false });
      if (options.delay) urlWrite.current = setTimeout(commit, options.delay);
      else commit();
    },
    [write],
  );

  const setSort = useCallback(
    (next: SortState) => write((prev) => dropAt(writeSort(next, prev)), { replace: false }),
    [write],
  );
  const setHidden = useCallback(
    (next: SortKey[]) => write((prev) => writeHidden(next, prev), { replace: true }),
    [write],
  );
  const setAt = useCallback(
    (eventId: string | null) =>
      write(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (eventId) next.set(AT_PARAM, eventId);
          else next.delete(AT_PARAM);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [write],
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
