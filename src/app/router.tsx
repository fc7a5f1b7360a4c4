// Routes. Loaders start fetching the report before the screen renders (ensureQueryData), and
// screens other than the overview are lazy chunks so the first screen stays small.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router-dom';
import { newestReportId, REPORT_PARAM } from '../api/current-report';
import { REPORT_ID, reportIndexQuery, reportQuery } from '../api/reports';
import { Layout } from './Layout';
import { OverviewPage } from '../features/overview/OverviewPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';

/** Prefetches the index and the current report; never throws (screens show errors themselves). */
export function prefetchReport(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    try {
      const index = await queryClient.ensureQueryData(reportIndexQuery());
      const requested = new URL(request.url).searchParams.get(REPORT_PARAM);
      const id = requested && index.reports.some((r) => r.id === requested) ? requested : newestReportId(index);
      if (id && REPORT_ID.test(id)) void queryClient.prefetchQuery(reportQuery(id));
    } catch {
      // The screen's own query shows the error and offers a retry.
    }
    return null;
  };
}

export function createRouter(queryClient: QueryClient) {
  const loader = prefetchReport(queryClient);
  return createBrowserRouter([
    {
      path: '/',
      element: <Layout />,
      children: [
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
          path: 'quality',
          loader,
          lazy: async () => ({ Component: (await import('../features/quality/QualityPage')).QualityPage }),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
