// The report a screen's quarter is compared with (`?compare=previous|year|none`): found in the same
// catalog as every report (published or loaded in this browser), fetched through the same query, and
// prepared like the current one. Screens get a ready model or a state to show honestly.
import { useSearchParams } from 'react-router-dom';
import { COMPARE_PARAM } from '../config/paths';
import {
  comparedQuarter,
  DEFAULT_COMPARE_MODE,
  incomparability,
  parseCompareMode,
  quarterId,
  type CompareMode,
  type Incomparability,
  type QuarterRef,
} from '../domain/comparison';
import type { PreparedReport } from '../domain/prepared-report';
import type { Report } from '../domain/report-schema';
import type { CatalogEntry } from './catalog';
import { useCurrentReport } from './current-report';
import { preparedReport } from './prepared-report';
import { useReport, useReportsByKey } from './reports';

export type ComparisonState =
  /** Only one quarter is known: «Сравнение появится, когда будет загружен второй отчёт». */
  | { status: 'single' }
  /** `?compare=none`. */
  | { status: 'off' }
  /** No report for the compared quarter. */
  | { status: 'missing'; quarter: QuarterRef }
  | { status: 'loading'; quarter: QuarterRef }
  | { status: 'error'; quarter: QuarterRef; message: string }
  | {
      status: 'ready';
      quarter: QuarterRef;
      entry: CatalogEntry;
      model: PreparedReport;
      /** Why some or all figures must not be compared (empty: all comparable). */
      reasons: Incomparability[];
    };

/** The entry for a quarter: the published report, else one loaded here. */
function entryFor(entries: readonly CatalogEntry[], id: string): CatalogEntry | undefined {
  return entries.find((e) => e.id === id && e.origin === 'published') ?? entries.find((e) => e.id === id);
}

export function useComparison(report: Report): {
  mode: CompareMode;
  invalidMode: string | null;
  state: ComparisonState;
} {
  const [params] = useSearchParams();
  const raw = params.get(COMPARE_PARAM);
  const parsed = parseCompareMode(raw);
  const mode = parsed ?? DEFAULT_COMPARE_MODE;
  const { catalog } = useCurrentReport();
  const quarter = comparedQuarter(report.period, mode);
  const entry = quarter ? entryFor(catalog.entries, quarterId(quarter)) : undefined;
  const query = useReport(entry?.key);
  const single = !catalog.entries.some((e) => e.id !== report.id);
  const invalidMode = parsed === null ? raw : null;

  let state: ComparisonState;
  if (single) state = { status: 'single' };
  else if (!quarter) state = { status: 'off' };
  else if (!entry) state = { status: 'missing', quarter };
  else if (query.data) {
    const model = preparedReport(query.data, entry.key);
    state = { status: 'ready', quarter, entry, model, reasons: incomparability(report, query.data) };
  } else if (query.isError)
    state = {
      status: 'error',
      quarter,
      message: query.error instanceof Error ? query.error.message : String(query.error),
    };
  else state = { status: 'loading', quarter };
  return { mode, invalidMode, state };
}

export interface QuarterReport {
  quarter: QuarterRef;
  /** The quarter's report in the catalog (published first), if any. */
  entry: CatalogEntry | undefined;
  model: PreparedReport | undefined;
  pending: boolean;
  error: string | null;
}

/** The reports of several quarters (the year view, a country across quarters), each prepared once. */
export function useQuarterReports(quarters: readonly QuarterRef[]): {
  items: QuarterReport[];
  /** The report list (published and local) is known. */
  ready: boolean;
  indexError: string | null;
} {
  const { catalog, waiting } = useCurrentReport();
  const entries = quarters.map((q) => entryFor(catalog.entries, quarterId(q)));
  const keys = entries.flatMap((e) => (e ? [e.key] : []));
  const results = useReportsByKey(keys);
  const byKey = new Map(keys.map((key, i) => [key, results[i]!]));
  const items = quarters.map((quarter, i): QuarterReport => {
    const entry = entries[i];
    const result = entry ? byKey.get(entry.key) : undefined;
    return {
      quarter,
      entry,
      model: entry && result?.data ? preparedReport(result.data, entry.key) : undefined,
      pending: result?.isPending ?? false,
      error: result?.isError ? (result.error instanceof Error ? result.error.message : String(result.error)) : null,
    };
  });
  const ready = catalog.indexQuery.data !== undefined && !waiting && !catalog.localPending;
  return {
    items,
    ready,
    indexError: catalog.indexQuery.isError ? catalog.indexQuery.error.message : null,
  };
}

/** Every quarter the catalog has a report for, oldest first. */
export function useCatalogQuarters(): QuarterRef[] {
  const { catalog } = useCurrentReport();
  const seen = new Map<string, QuarterRef>();
  for (const e of catalog.entries) seen.set(e.id, { year: e.period.year, quarter: e.period.quarter });
  return [...seen.values()].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
}
