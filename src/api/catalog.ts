// Every report the dashboard can show: the published ones (index.json) and the ones loaded in this
// browser, as one list of entries keyed for URLs (`2026-q1`, `2026-q2-local`). A quarter may have both
// a published and a local version; neither replaces the other.
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { REPORT_PARAM } from '../config/paths';
import type { Period, ReportIndex } from '../domain/report-schema';
import { localIdOf, localKey } from './local-key';
import { useLocalReportsHint } from './local-hint';
import type { LocalListing, LocalSummary } from './local-reports';
import { localReportsQuery, useReportIndex } from './reports';

export interface CatalogEntry {
  /** The report's key in URLs: its id, or `<id>-local` for a local one. */
  key: string;
  /** The report id (its quarter): `2026-q1`. */
  id: string;
  origin: 'published' | 'local';
  title: string;
  period: Period;
  eventCount: number;
  /** For a local report: its file, checksum and when it was kept. */
  local?: LocalSummary;
}

/** Published first, then local; each by period. */
export function buildCatalog(index: ReportIndex | undefined, local: LocalListing | undefined): CatalogEntry[] {
  const published: CatalogEntry[] = (index?.reports ?? []).map((r) => ({
    key: r.id,
    id: r.id,
    origin: 'published',
    title: r.title,
    period: r.period,
    eventCount: r.eventCount,
  }));
  const kept: CatalogEntry[] = (local?.reports ?? []).map((r) => ({
    key: localKey(r.id),
    id: r.id,
    origin: 'local',
    title: r.title,
    period: r.period,
    eventCount: r.eventCount,
    local: r,
  }));
  return [...published, ...kept].sort(
    (a, b) => a.period.start.localeCompare(b.period.start) || a.origin.localeCompare(b.origin),
  );
}

/**
 * The reports of the catalog. Local reports are read only when this browser may hold some (the hint),
 * when a link names one, or when `withLocal` asks (the reports page): otherwise IndexedDB is not touched.
 */
export function useCatalog({ withLocal = false }: { withLocal?: boolean } = {}) {
  const [params] = useSearchParams();
  const hint = useLocalReportsHint();
  const requested = params.get(REPORT_PARAM);
  const asked = withLocal || hint || (requested !== null && localIdOf(requested) !== null);
  const indexQuery = useReportIndex();
  const localQuery = useQuery({ ...localReportsQuery(), enabled: asked });
  const entries = buildCatalog(indexQuery.data, localQuery.data);
  /** Local reports are still being read (a link naming one waits for them). */
  const localPending = asked && localQuery.isPending && localQuery.fetchStatus !== 'idle';
  return { entries, indexQuery, localQuery, localPending };
}

/** The newest published report (the default view); the newest local one when nothing is published. */
export function defaultEntry(entries: readonly CatalogEntry[]): CatalogEntry | undefined {
  const newest = (list: readonly CatalogEntry[]) =>
    [...list].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
  return newest(entries.filter((e) => e.origin === 'published')) ?? newest(entries);
}
