// Query keys and queryOptions factories for the reports API, beside their fetchers: the published
// reports (static files) and the reports loaded in this browser (IndexedDB, src/api/local-reports.ts,
// loaded only when used so the first page does not carry it).
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { Report } from '../domain/report-schema';
import { fetchJson } from './client';
import { localIdOf } from './local-key';

/** The schemas (and zod) come with the first request, not with the first page. */
const schemas = () => import('../domain/report-schema');

const API_BASE = `${import.meta.env.BASE_URL}api/reports`;

/** Absolute URL (fetch outside a browser, e.g. in tests, cannot resolve relative ones). */
function apiUrl(file: string): string {
  return new URL(`${API_BASE}/${file}`, globalThis.location?.href ?? 'http://localhost/').toString();
}

export const reportKeys = {
  all: ['reports'] as const,
  index: () => [...reportKeys.all, 'index'] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
  local: () => [...reportKeys.all, 'local'] as const,
  localList: () => [...reportKeys.local(), 'list'] as const,
  localDetail: (id: string) => [...reportKeys.local(), 'detail', id] as const,
};

export const reportIndexQuery = () =>
  queryOptions({
    queryKey: reportKeys.index(),
    queryFn: ({ signal }) =>
      fetchJson(apiUrl('index.json'), async () => (await schemas()).reportIndexSchema, { signal }),
  });

/** Report ids are validated before they reach a URL, so a crafted link cannot request another path. */
export const REPORT_ID = /^\d{4}-q[1-4]$/;

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) =>
      fetchJson(apiUrl(`${encodeURIComponent(id)}.json`), async () => (await schemas()).reportSchema, {
        signal,
      }),
    enabled: REPORT_ID.test(id),
  });

const localStore = () => import('./local-reports');

/** The reports kept in this browser. Read again when the tab regains focus (another tab may have changed them). */
export const localReportsQuery = () =>
  queryOptions({
    queryKey: reportKeys.localList(),
    queryFn: async () => (await localStore()).listLocalReports(),
    staleTime: Infinity,
    refetchOnWindowFocus: true,
    retry: false,
  });

/** One report kept in this browser, validated (its JSON text beside it, for the download). */
export const localReportQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.localDetail(id),
    queryFn: async () => (await localStore()).readLocalReport(id),
    staleTime: Infinity,
    retry: false,
  });

export function useReportIndex() {
  return useQuery(reportIndexQuery());
}

/**
 * A report by its key: a published id (`2026-q1`) or a local key (`2026-q2-local`). Both answer a
 * validated Report; the screens cannot tell them apart.
 */
export function useReport(key: string | undefined) {
  const localId = key === undefined ? null : localIdOf(key);
  const published = useQuery({
    ...reportQuery(key ?? ''),
    enabled: key !== undefined && localId === null && REPORT_ID.test(key),
  });
  const local = useQuery({
    ...localReportQuery(localId ?? ''),
    enabled: localId !== null,
    select: (data) => data.report,
  });
  return localId !== null ? local : published;
}

/** Several reports by key at once (the year view, a country across quarters), each like useReport. */
export function useReportsByKey(keys: readonly string[]) {
  return useQueries({
    queries: keys.map((key) => {
      const localId = localIdOf(key);
      return localId !== null
        ? { ...localReportQuery(localId), select: (data: { report: Report }) => data.report }
        : reportQuery(key);
    }),
  });
}
