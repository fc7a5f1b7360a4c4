// Routes. Loaders start fetching the report index while a screen's code loads, screens other than the
// overview are lazy chunks so the first screen stays small, and every route has an error screen. The
// same route objects render the prerendered pages at build (src/app/prerender/render.tsx) and run in
// the browser, so the two cannot disagree on what a URL shows.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type HydrationState, type RouteObject } from 'react-router-dom';
import { preparedReport } from '../api/prepared-report';
import { reportIndexQuery } from '../api/reports';
import { paths } from '../config/paths';
import { eventsByCountry } from '../domain/aggregations';
import type { Report, ReportIndex } from '../domain/report-schema';
import { Layout } from './Layout';
import { OverviewPage } from '../features/overview/OverviewPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { LoadingState } from '../shared/components/QueryStates';
import { RouteError, withRouteErrors } from './RouteError';

/**
 * Starts fetching the report index while a lazy screen's code loads, without waiting for it: the
 * screen renders at once and shows its own loading, slow-server and error states (an awaited loader
 * would leave the page blank while the server is slow). The report itself is fetched by the screen:
 * a loader-started report fetch can fail before the screen subscribes, and react-query then fetches
 * it again when the screen's query key switches to that report, doubling every failure.
 */
function prefetchReport(queryClient: QueryClient) {
  return () => {
    queryClient.prefetchQuery(reportIndexQuery()).catch(() => {
      // Never rejects in practice (prefetchQuery swallows errors); the screen shows them.
    });
    return null;
  };
}

/** What the build renders pages from: the bundled reports' index and the report a page shows by default. */
export interface PrerenderData {
  index: ReportIndex;
  report: Report | null;
}

/**
 * `handle` of a route. The build prerenders every route without parameters by itself; a route with
 * parameters lists the paths to prerender for the bundled data (`prerender`). `notFound` marks the
 * page the server answers unknown addresses with (404.html, status 404).
 */
export interface RouteHandle {
  prerender?: (data: PrerenderData) => string[];
  notFound?: boolean;
}

const eventPages = ({ report }: PrerenderData) => report?.events.map((e) => paths.event(e.id)) ?? [];
const countryPages = ({ report }: PrerenderData) =>
  report ? eventsByCountry(preparedReport(report).all).map((c) => paths.country(c.code)) : [];

const yearPages = ({ index }: PrerenderData) =>
  [...new Set(index.reports.map((r) => r.period.year))].map((year) => paths.year(year));

export function appRoutes(queryClient: QueryClient): RouteObject[] {
  // The loader only starts a prefetch, so a route already shown never re-runs it. That matters: a route
  // with a loader to revalidate makes every filter change (a new query string) two router updates,
  // a "loading" one and then the new location, and each re-rendered the whole screen.
  const prefetch = { loader: prefetchReport(queryClient), shouldRevalidate: () => false };
  return [
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <LoadingState />,
      children: withRouteErrors([
        { index: true, ...prefetch, element: <OverviewPage /> },
        {
          path: 'events',
          ...prefetch,
          lazy: async () => ({ Component: (await import('../features/events/EventsPage')).EventsPage }),
        },
        {
          path: 'events/:eventId',
          ...prefetch,
          handle: { prerender: eventPages } satisfies RouteHandle,
          lazy: async () => ({ Component: (await import('../features/events/EventDetailPage')).EventDetailPage }),
        },
        {
          path: 'countries/:code',
          ...prefetch,
          handle: { prerender: countryPages } satisfies RouteHandle,
          lazy: async () => ({
            Component: (await import('../features/countries/CountryBriefPage')).CountryBriefPage,
          }),
        },
        {
          path: 'quality',
          ...prefetch,
          lazy: async () => ({ Component: (await import('../features/quality/QualityPage')).QualityPage }),
        },
        {
          path: 'reports',
          ...prefetch,
          lazy: async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage }),
        },
        {
          path: 'years/:year',
          ...prefetch,
          handle: { prerender: yearPages } satisfies RouteHandle,
          lazy: async () => ({ Component: (await import('../features/years/YearPage')).YearPage }),
        },
        { path: '*', element: <NotFoundPage />, handle: { notFound: true } satisfies RouteHandle },
      ]),
    },
  ];
}

/** Vite's base ('/', or e.g. '/dashboard/' from BASE_PATH at build): every route and link lives under it. */
export const BASENAME = import.meta.env.BASE_URL;

/**
 * Loads the code of the lazy routes `pathname` matches and puts it on the route objects, as the
 * router would after its first render: hydrating prerendered HTML must render the screen itself at
 * once, not the router's loading fallback, or the first client render would not match the HTML.
 */
async function resolveLazyMatches(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, BASENAME) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded);
      delete route.lazy;
    }),
  );
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient), { basename: BASENAME });
}

/**
 * A router that starts where the prerendered HTML is: the matched screens' code loaded and the
 * loaders' results as the build had them, so the first render is the page the HTML shows.
 */
export async function createHydratingRouter(queryClient: QueryClient, hydrationData: HydrationState) {
  const routes = appRoutes(queryClient);
  await resolveLazyMatches(routes, window.location.pathname);
  return createBrowserRouter(routes, { basename: BASENAME, hydrationData });
}
