// The production HTML preloads the report index and the newest report (vite.config.ts), so they arrive
// while the JS loads. Waiting briefly for them before the first render paints the page whole in one go:
// no loading state first that the header (report title, switcher) and the page then push down (layout
// shift), and one render instead of two. Failures and slow answers are left to the screens, which show
// them as usual; the wait is capped so a slow server still gets its loading state.
import type { QueryClient } from '@tanstack/react-query';
import { newestReportId } from '../api/current-report';
import { REPORT_ID, reportIndexQuery, reportQuery } from '../api/reports';
import { REPORT_PARAM } from '../config/paths';

const PRELOAD_WAIT_MS = 1000;

export async function awaitPreloadedData(queryClient: QueryClient, maxWaitMs = PRELOAD_WAIT_MS): Promise<void> {
  // No preload (dev, the mock-API build): the data is not on its way yet, so there is nothing to wait for.
  if (!document.querySelector('link[rel="preload"][as="fetch"]')) return;
  const load = async () => {
    const index = await queryClient.fetchQuery(reportIndexQuery());
    // Only the newest report is preloaded; a `?report=` link waits for the index alone.
    if (new URLSearchParams(window.location.search).has(REPORT_PARAM)) return;
    const id = newestReportId(index);
    if (id !== undefined && REPORT_ID.test(id)) await queryClient.fetchQuery(reportQuery(id));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    load().catch(() => {
      // The screen shows the error (react-query keeps it; retryOnMount is off).
    }),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs))),
  ]);
  clearTimeout(timer);
}
