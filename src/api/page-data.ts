// The data a prerendered page was rendered from. Its small part (the path, the router's state, the
// report index) is inlined in the HTML as <script type="application/json" id="page-data"> (not
// executed, so the CSP needs no exception). The report itself is a file of the build beside the
// pages (assets/report-<id>-<hash>.json, one for every page, cached as a hashed asset), preloaded by
// the page's <head>: inlined, its ~90 kB were parsed before the first paint of every page. The build
// validated the report with the schema (src/app/prerender/plugin.ts) and wrote that output, so the
// browser puts it into the query cache as it is: hydration does not wait for zod. What the browser
// fetches from the API (another report, a refetch) is validated as usual (client.ts).
import type { QueryClient } from '@tanstack/react-query';
import type { HydrationState } from 'react-router-dom';
import type { Report, ReportIndex } from '../domain/report-schema';
import { PAGE_DATA_ID } from '../config/page-data-id';
import { REQUEST_TIMEOUT_MS } from './client';
import { reportIndexQuery, reportQuery } from './reports';

export { PAGE_DATA_ID };

export interface PageData {
  /** The in-app path the HTML shows (without the base), e.g. '/events'. */
  path: string;
  /** The not-found page (404.html), which the server answers every unknown address with. */
  notFound: boolean;
  /** The router's state after the build ran the loaders (route id → loader result). */
  router: HydrationState;
  index: ReportIndex;
  /** URL of the data file of the report the page shows (the newest); null when the index lists none. */
  reportUrl: string | null;
}

/**
 * JSON that can sit inside a <script> element: `<` is escaped, so no text in the data (a report
 * title) can close the element or open a comment.
 */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function readPageData(doc: Document = document): PageData | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  return text ? (JSON.parse(text) as PageData) : null;
}

/**
 * The report of the page's data file, or null when it could not be fetched in time (the screens then
 * ask the API for it, with their loading and error states). Meanwhile the page stays readable as HTML.
 */
export async function fetchPageReport(url: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Report | null> {
  try {
    // Nothing but a signal: the request has to match the page's <link rel="preload"> to take its answer.
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? ((await response.json()) as Report) : null;
  } catch {
    return null;
  }
}

/** Puts the page's data into the cache as fresh answers of the queries that fetch them. */
export function seedQueries(queryClient: QueryClient, data: { index: ReportIndex; report: Report | null }): void {
  queryClient.setQueryData(reportIndexQuery().queryKey, data.index);
  if (data.report) queryClient.setQueryData(reportQuery(data.report.id).queryKey, data.report);
}
