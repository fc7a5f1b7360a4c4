// The explorer's URL state beyond the shared filters: sort, hidden columns, the scroll position key
// (`at`: the first visible event), and the links between the list and the detail pages.
import { href, paths, VIEW_PARAMS } from '../../config/paths';
import { registeredUrlParams } from '../../config/url-params';
import type { ParseNotice } from '../../domain/filters';
import { SORT_KEYS, SORT_PARAMS, type SortKey } from '../../domain/sort';
import { shorten } from '../../lib/lexicon';

export const HIDE_PARAM = 'hide';
export const AT_PARAM = 'at';

/** Columns the user can hide; the title stays, it is the link to the detail. */
export const HIDEABLE_COLUMNS: readonly SortKey[] = SORT_KEYS.filter((k) => k !== 'title');

/**
 * Parameters the explorer understands besides the filters (anything else gets a notice), and those
 * the build registered at start-up (the mock API's failure switches: those links are not mistakes).
 */
export function explorerParams(): readonly string[] {
  return [...VIEW_PARAMS, SORT_PARAMS.key, SORT_PARAMS.dir, HIDE_PARAM, AT_PARAM, ...registeredUrlParams()];
}

/** The hidden columns from the `hide` parameter's values. */
export function parseHidden(values: readonly string[]): { hidden: SortKey[]; notices: ParseNotice[] } {
  const hidden: SortKey[] = [];
  const notices: ParseNotice[] = [];
  for (const raw of values) {
    const column = HIDEABLE_COLUMNS.find((c) => c === raw);
    if (!column) notices.push({ param: HIDE_PARAM, value: shorten(raw), message: 'такого скрываемого столбца нет' });
    else if (!hidden.includes(column)) hidden.push(column);
  }
  return { hidden, notices };
}

export function writeHidden(hidden: readonly SortKey[], base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete(HIDE_PARAM);
  for (const column of HIDEABLE_COLUMNS) if (hidden.includes(column)) params.append(HIDE_PARAM, column);
  return params;
}

/** Detail page of an event, carrying the list's query (filters, sort, report) so it survives. */
export function detailHref(eventId: string, listParams: URLSearchParams): string {
  const params = new URLSearchParams(listParams);
  params.delete(AT_PARAM);
  return href(paths.event(eventId), params);
}

/** Back to the list with the same query, scrolled to the given event. */
export function listHref(params: URLSearchParams, atEventId?: string): string {
  const next = new URLSearchParams(params);
  next.delete(AT_PARAM);
  if (atEventId) next.set(AT_PARAM, atEventId);
  return href(paths.events(), next);
}
