// Query keys and queryOptions factories for the reports API, beside their fetchers.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportIndexSchema, reportSchema } from '../domain/report-schema';
import { fetchJson } from './client';

const API_BASE = `${import.meta.env.BASE_URL}api/reports`;

/** Absolute URL (fetch outside a browser, e.g. in tests, cannot resolve relative ones). */
function apiUrl(file: string): string {
  return new URL(`${API_BASE}/${file}`, globalThis.location?.href ?? 'http://localhost/').toString();
}

export const reportKeys = {
  all: ['reports'] as const,
  index: () => [...reportKeys.all, 'index'] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
};

export const reportIndexQuery = () =>
  queryOptions({
    queryKey: reportKeys.index(),
    queryFn: ({ signal }) => fetchJson(apiUrl('index.json'), reportIndexSchema, { signal }),
  });

/** Report ids are validated before they reach a URL, so a crafted link cannot request another path. */
export const REPORT_ID = /^\d{4}-q[1-4]$/;

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) => fetchJson(apiUrl(`${encodeURIComponent(id)}.json`), reportSchema, { signal }),
    enabled: REPORT_ID.test(id),
  });

export function useReportIndex() {
  return useQuery(reportIndexQuery());
}

export function useReport(id: string | undefined) {
  return useQuery({ ...reportQuery(id ?? ''), enabled: id !== undefined && REPORT_ID.test(id) });
}
