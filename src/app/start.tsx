// Starts the app in the browser. A prerendered page (src/app/prerender/) is hydrated: its data comes
// with the page (src/api/page-data.ts), already validated by the build, and the first render
// reproduces the HTML exactly. A page whose address asks for more than the HTML shows (a query:
// another report, a filter, a report loaded in this browser; a path the HTML is not for) is rendered
// afresh from the same data, replacing the HTML in one commit. A page without prerendered HTML (dev,
// the mock-API build) renders once its preloaded data has arrived.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes } from 'react-router-dom';
import { fetchPageReport, readPageData, seedQueries, type PageData } from '../api/page-data';
import { App } from './App';
import { yieldToBrowser } from '../lib/yield';
import { awaitPreloadedData } from './preloaded-data';
import { createQueryClient } from './query-client';
import { appRoutes, BASENAME, createHydratingRouter, type RouteHandle } from './router';

/** Whether the address renders exactly what the page's HTML shows. */
export function showsPrerendered(data: PageData, location: Pick<Location, 'pathname' | 'search'>): boolean {
  if (location.search !== '' && location.search !== '?') return false;
  const inApp = `/${location.pathname.slice(BASENAME.length).replace(/^\//, '')}`;
  if (inApp === data.path) return true;
  if (!data.notFound) return false;
  // The not-found page is the same for every address no route knows.
  const matches = matchRoutes(appRoutes(createQueryClient()), location.pathname, BASENAME) ?? [];
  return (matches.at(-1)?.route.handle as RouteHandle | undefined)?.notFound === true;
}

/** Hydration mismatches and other errors React recovers from: logged, so tests and people see them. */
function onRecoverableError(error: unknown) {
  console.error('React recovered from an error (a hydration mismatch, if it names #418 or #423)', error);
}

export async function startApp(): Promise<void> {
  // The mock API runs in dev and in the e2e build only; the dynamic import keeps msw out of production.
  if (import.meta.env.DEV || import.meta.env.VITE_MOCK_API === 'true') {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root not found');
  const queryClient = createQueryClient();
  const data = readPageData();
  // Preloaded by the page's <head>, so usually here by the time the code has run.
  const report = data?.reportUrl ? await fetchPageReport(data.reportUrl) : null;
  if (data) seedQueries(queryClient, { index: data.index, report });
  // Without its report the page cannot be hydrated: it is rendered afresh, asking the API for it.
  if (data && showsPrerendered(data, window.location) && (report || !data.reportUrl)) {
    const router = await createHydratingRouter(queryClient, data.router);
    await yieldToBrowser();
    // A transition: hydration yields to the browser between components instead of one long task.
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={queryClient} router={router} hydrating />
        </StrictMode>,
        { onRecoverableError },
      );
    });
    return;
  }
  if (!data) await awaitPreloadedData(queryClient);
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
