// Filter state lives in the URL; this is the one hook that reads and writes it, for the overview, the
// explorer and the event pager.
// - Optimistic: a change shows at once; the URL follows after the render (or, with `delay`, after
//   typing pauses), writing whatever the filters are by then, so a facet click between keystrokes is
//   kept and a search never floods history.
// - The URL wins when it moves by itself (Back/Forward, a link, another report): the shown filters
//   are then the URL's. Our own writes arriving late are recognised and change nothing.
// - Stable by content: the same filters keep the same object, so memoised work is not redone when
//   the URL catches up, and the setters never change, so memoised panels do not re-render.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigationType, useSearchParams } from 'react-router-dom';
import {
  filtersKey,
  parseFilters,
  unknownParams,
  urlFiltersKey,
  writeFilters,
  type EventFilters,
} from '../../domain/filters';
import type { PreparedReport } from '../../domain/prepared-report';

export type ParamsUpdate = (params: URLSearchParams) => URLSearchParams;

/** A URL write not made yet. */
interface PendingWrite {
  /** Whether the shown filters are part of it. */
  filters: boolean;
  /** Other parameters to change (sort, scroll position…), in order. */
  updates: readonly ParamsUpdate[];
  replace: boolean;
  preventScrollReset: boolean;
  /** ms after the last change. */
  delay: number;
}

interface State {
  model: PreparedReport;
  /** The URL's filter parameters this state last took in. */
  urlKey: string;
  shown: EventFilters;
  /** Filter keys we wrote that the URL has not shown yet (the router commits asynchronously). */
  awaiting: readonly string[];
  write: PendingWrite | null;
}

export interface FilterWriteOptions {
  /** Replace the history entry instead of adding one (typing). */
  replace?: boolean;
  /** Write the URL this many ms after the last change instead of right after the render. */
  delay?: number;
  /** Also change other parameters in the same write (e.g. drop the scroll position). */
  also?: ParamsUpdate;
}

const MAX_AWAITING = 8;

function merge(pending: PendingWrite | null, next: PendingWrite): PendingWrite {
  if (!pending) return next;
  return {
    filters: pending.filters || next.filters,
    updates: [...pending.updates, ...next.updates],
    // A change that adds a history entry (a facet click) keeps it when typing follows.
    replace: pending.replace && next.replace,
    preventScrollReset: pending.preventScrollReset && next.preventScrollReset,
    delay: next.delay,
  };
}

/**
 * The filters of the page URL for `model`, with parse notices (and, given `allowed`, notices for
 * parameters the page does not know besides the filters).
 */
export function useUrlState(model: PreparedReport, { allowed }: { allowed?: readonly string[] } = {}) {
  const [params, setSearchParams] = useSearchParams();
  const navigationType = useNavigationType();
  const urlKey = urlFiltersKey(params);
  const parsed = useMemo(() => parseFilters(new URLSearchParams(urlKey), model.parseContext), [urlKey, model]);
  const [state, setState] = useState<State>(() => ({
    model,
    urlKey,
    shown: parsed.filters,
    awaiting: [],
    write: null,
  }));

  // The URL moved: our own write arriving (keep what is shown, it may already be newer), or a move of
  // its own (adopt it, and drop what we were about to write).
  let current = state;
  if (state.urlKey !== urlKey || state.model !== model) {
    const ours = state.model === model && navigationType !== 'POP' ? state.awaiting.indexOf(urlKey) : -1;
    current =
      ours >= 0
        ? { ...state, urlKey, awaiting: state.awaiting.slice(ours + 1) }
        : {
            model,
            urlKey,
            shown: filtersKey(parsed.filters) === filtersKey(state.shown) ? state.shown : parsed.filters,
            awaiting: [],
            write: null,
          };
    setState(current);
  }

  const { write, shown } = current;
  useEffect(() => {
    if (!write) return;
    const timer = setTimeout(() => {
      const key = write.filters ? filtersKey(shown) : null;
      const changes = write.updates.length > 0 || (key !== null && key !== urlKey);
      setState((s) =>
        s.write !== write
          ? s
          : {
              ...s,
              write: null,
              awaiting: key !== null && key !== urlKey ? [...s.awaiting, key].slice(-MAX_AWAITING) : s.awaiting,
            },
      );
      if (!changes) return;
      setSearchParams(
        (prev) =>
          write.updates.reduce((next, update) => update(next), write.filters ? writeFilters(shown, prev) : prev),
        { replace: write.replace, preventScrollReset: write.preventScrollReset },
      );
    }, write.delay);
    return () => clearTimeout(timer);
  }, [write, shown, urlKey, setSearchParams]);

  /** Changes the filters at once; the URL follows (see FilterWriteOptions). */
  const setFilters = useCallback((next: (current: EventFilters) => EventFilters, options: FilterWriteOptions = {}) => {
    setState((s) => {
      const computed = next(s.shown);
      return {
        ...s,
        shown: filtersKey(computed) === filtersKey(s.shown) ? s.shown : computed,
        write: merge(s.write, {
          filters: true,
          updates: options.also ? [options.also] : [],
          replace: options.replace ?? false,
          preventScrollReset: false,
          delay: options.delay ?? 0,
        }),
      };
    });
  }, []);

  /** Changes other parameters of the URL (sort, hidden columns, scroll position) right after the render. */
  const setParams = useCallback(
    (update: ParamsUpdate, options: { replace?: boolean; preventScrollReset?: boolean } = {}) =>
      setState((s) => ({
        ...s,
        write: merge(s.write, {
          filters: false,
          updates: [update],
          replace: options.replace ?? false,
          preventScrollReset: options.preventScrollReset ?? false,
          delay: 0,
        }),
      })),
    [],
  );

  const paramsKey = params.toString();
  const allowedKey = allowed?.join('\n');
  const notices = useMemo(
    () => [
      ...(allowedKey === undefined
        ? []
        : unknownParams(new URLSearchParams(paramsKey), allowedKey ? allowedKey.split('\n') : [])),
      ...parsed.notices,
    ],
    [paramsKey, allowedKey, parsed],
  );

  return { filters: shown, notices, params, setFilters, setParams };
}
