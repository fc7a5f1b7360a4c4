// The build's server entry (Node): renders a page of the app to HTML with the same routes and
// components as the browser, from the bundled reports (validated by the build before they get here).
// The browser hydrates that HTML (src/app/main.tsx) with the same data (src/api/page-data.ts).
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type RouteObject } from 'react-router-dom';
import { seedQueries, type PageData } from '../../api/page-data';
import { preparedReport } from '../../api/prepared-report';
import { HydrationProvider } from '../../shared/hydration';
import { createQueryClient } from '../query-client';
import { appRoutes, BASENAME, type PrerenderData, type RouteHandle } from '../router';
import { pageMeta, type PageMeta } from './page-meta';

export { pageDocument } from './document';

export interface RenderedPage {
  /** In-app path, e.g. '/events/2026-q1-7'. */
  path: string;
  /** 404 for the not-found page. */
  status: number;
  /** The markup inside #root. */
  html: string;
  meta: PageMeta;
  /** The page's data but the report file's URL, which the build adds when it writes the file. */
  data: Omit<PageData, 'reportUrl'>;
}

/** The path the not-found page is rendered at (no route but the catch-all matches it). */
const NOT_FOUND_PATH = '/404';

function joinPath(parent: string, path: string | undefined): string {
  if (path === undefined) return parent;
  return `${parent.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/**
 * Every page to prerender: each route without parameters, the paths routes with parameters list for
 * the data (their `handle.prerender`), and the not-found page.
 */
export function pagePaths(data: PrerenderData): { path: string; notFound: boolean }[] {
  const out: { path: string; notFound: boolean }[] = [];
  const walk = (routes: RouteObject[], parent: string) => {
    for (const route of routes) {
      const path = route.index ? parent : joinPath(parent, route.path);
      const handle = route.handle as RouteHandle | undefined;
      if (handle?.notFound) out.push({ path: NOT_FOUND_PATH, notFound: true });
      else if (handle?.prerender) out.push(...handle.prerender(data).map((p) => ({ path: p, notFound: false })));
      else if ((route.index || route.path !== undefined) && !/[:*]/.test(path) && !route.children)
        out.push({ path, notFound: false });
      if (route.children) walk(route.children, path);
    }
  };
  walk(appRoutes(createQueryClient()), '/');
  return out;
}

async function streamToString(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
}

/** Renders one page; waits for every lazy screen and chart, as a crawler or a reader without JS sees it. */
export async function renderPage(path: string, data: PrerenderData, notFound = false): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  seedQueries(queryClient, data);
  const { query, dataRoutes } = createStaticHandler(appRoutes(queryClient), { basename: BASENAME });
  const url = new URL(joinPath(BASENAME, path), 'http://localhost');
  const context = await query(new Request(url));
  if (context instanceof Response) throw new Error(`${path}: the router answered with a redirect (${context.status})`);
  const router = createStaticRouter(dataRoutes, context);
  const { prelude } = await prerender(
    <StrictMode>
      <HydrationProvider hydrating>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </HydrationProvider>
    </StrictMode>,
    {
      // One chunk: a boundary larger than the chunk size would be sent as a hidden segment that an
      // inline script moves into place, and the CSP runs no inline script.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error) {
        throw error;
      },
    },
  );
  // React puts the page's hoisted head tags (a screen's <title>) first; in the browser it finds or
  // adds them in <head> itself, so inside #root they would only be stray nodes.
  const html = (await streamToString(prelude)).replace(/^(?:<title>[^<]*<\/title>|<meta [^>]*>)+/, '');
  // Drops the cache and its garbage-collection timers, which would otherwise keep the build running.
  queryClient.clear();
  const model = data.report ? preparedReport(data.report) : null;
  return {
    path,
    status: notFound ? 404 : context.statusCode,
    html,
    meta: pageMeta(path, model, notFound),
    data: {
      path,
      notFound,
      router: { loaderData: context.loaderData, errors: context.errors, actionData: context.actionData },
      index: data.index,
    },
  };
}
