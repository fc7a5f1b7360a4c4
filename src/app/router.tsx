// Routes. Loaders start fetching the report index while a screen's code loads, screens other than the
// overview are lazy chunks so the first screen stays small, and every route has an error screen.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { reportIndexQuery } from '../api/reports';
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

export function createRouter(queryClient: QueryClient) {
  const loader = prefetchReport(queryClient);
  const routes: RouteObject[] = [
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <LoadingState />,
      children: withRouteErrors([
        { index: true, loader, element: <OverviewPage /> },
        {
          path: 'events',
          loader,
          lazy: async () => ({ Component: (await import('../features/events/EventsPage')).EventsPage }),
        },
        {
          path: 'events/:eventId',
          loader,
          lazy: async () => ({ Component: (await import('../features/events/EventDetailPage')).EventDetailPage }),
        },
        {
          path: 'countries/:code',
          loader,
          lazy: async () => ({
            Component: (await import('../features/countries/CountryBriefPage')).CountryBriefPage,
          }),
        },
        {
          path: 'quality',
          loader,
          lazy: async () => ({ Component: (await import('../features/quality/QualityPage')).QualityPage }),
        },
        {
          path: 'reports',
          loader,
          lazy: async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage }),
        },
        {
          path: 'years/:year',
          loader,
          lazy: async () => ({ Component: (await import('../features/years/YearPage')).YearPage }),
        },
        { path: '*', element: <NotFoundPage /> },
      ]),
    },
  ];
  // Vite's base ('/', or e.g. '/dashboard/' from BASE_PATH at build): every route and link lives under it.
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
}
