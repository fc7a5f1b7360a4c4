// The data a prerendered page was rendered from, inlined in its HTML as
// <script type="application/json" id="page-data"> (not executed, so the CSP needs no exception). The
// build validated it with the report schema (src/app/prerender/plugin.ts), so the browser puts it
// into the query cache as it is: the first paint and hydration do not wait for a fetch or for zod.
// What the browser fetches later (another report, a refetch) is validated as usual (client.ts).
import type { QueryClient } from '@tanstack/react-query';
import type { HydrationState } from 'react-router-dom';
import type { Report, ReportIndex } from '../domain/report-schema';
import { reportIndexQuery, reportQuery } from './reports';

export const PAGE_DATA_ID = 'page-data';

export interface PageData {
  /** The in-app path the HTML shows (without the base), e.g. '/events'. */
  path: string;
  /** The not-found page (404.html), which the server answers every unknown address with. */
  notFound: boolean;
  /** The router's state after the build ran the loaders (route id → loader result). */
  router: HydrationState;
  index: ReportIndex;
  /** The report the page shows (the newest); absent when the index lists none. */
  report: Report | null;
}

/**
 * JSON that can sit inside a <script> element: `<` is escaped, so no text in the data (an event
 * title, a source quote) can close the element or open a comment.
 */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function readPageData(doc: Document = document): PageData | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  return text ? (JSON.parse(text) as PageData) : null;
}

/** Puts the page's data into the cache as fresh answers of the queries that fetch them. */
export function seedQueries(queryClient: QueryClient, data: Pick<PageData, 'index' | 'report'>): void {
  queryClient.setQueryData(reportIndexQuery().queryKey, data.index);
  if (data.report) queryClient.setQueryData(reportQuery(data.report.id).queryKey, data.report);
}
