// In-app addresses, in one place (as bulletproof-react's paths config). Every link built with `href`
// keeps the report the reader chose (`?report=`) and the comparison (`?compare=`), so moving between
// screens never changes the data or what it is compared with.
export const REPORT_PARAM = 'report';
export const COMPARE_PARAM = 'compare';

/** Parameters that belong to the whole view rather than to one screen: links carry them along. */
export const VIEW_PARAMS = [REPORT_PARAM, COMPARE_PARAM] as const;

export const paths = {
  overview: () => '/',
  events: () => '/events',
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  country: (code: string) => `/countries/${encodeURIComponent(code)}`,
  quality: () => '/quality',
  reports: () => '/reports',
  year: (year: number) => `/years/${year}`,
} as const;

/**
 * `path` with `query`, plus the report and comparison chosen in `current` unless `query` names them
 * itself. `current` is the page's own query string (where those choices live).
 */
export function href(path: string, query?: URLSearchParams | null, current?: URLSearchParams): string {
  const next = new URLSearchParams(query ?? undefined);
  for (const name of VIEW_PARAMS) {
    const value = current?.get(name);
    if (value && !next.has(name)) next.set(name, value);
  }
  const search = next.toString();
  return search ? `${path}?${search}` : path;
}

/** `href` bound to the current page's query: `link(paths.country('BY'))`. */
export type LinkBuilder = (path: string, query?: URLSearchParams | null) => string;

export function linkKeepingReport(current: URLSearchParams): LinkBuilder {
  return (path, query) => href(path, query, current);
}
