// In-app addresses, in one place (as bulletproof-react's paths config). Every link built with `href`
// keeps the report the reader chose (`?report=`), so moving between screens never changes the data.
export const REPORT_PARAM = 'report';

export const paths = {
  overview: () => '/',
  events: () => '/events',
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  country: (code: string) => `/countries/${encodeURIComponent(code)}`,
  quality: () => '/quality',
} as const;

/**
 * `path` with `query`, plus the report chosen in `current` unless `query` names one itself.
 * `current` is the page's own query string (where the `?report=` choice lives).
 */
export function href(path: string, query?: URLSearchParams | null, current?: URLSearchParams): string {
  const next = new URLSearchParams(query ?? undefined);
  const report = current?.get(REPORT_PARAM);
  if (report && !next.has(REPORT_PARAM)) next.set(REPORT_PARAM, report);
  const search = next.toString();
  return search ? `${path}?${search}` : path;
}

/** `href` bound to the current page's query: `link(paths.country('BY'))`. */
export type LinkBuilder = (path: string, query?: URLSearchParams | null) => string;

export function linkKeepingReport(current: URLSearchParams): LinkBuilder {
  return (path, query) => href(path, query, current);
}
