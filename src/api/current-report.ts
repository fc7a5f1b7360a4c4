// Which report the user is looking at: `?report=<key>` if listed (a published id or a local key), else
// the newest published one. A link to a local report that this browser does not hold says so: local
// reports exist only where they were loaded.
import { useSearchParams } from 'react-router-dom';
import { REPORT_PARAM } from '../config/paths';
import type { ReportIndex } from '../domain/report-schema';
import { shorten } from '../lib/lexicon';
import { defaultEntry, useCatalog } from './catalog';
import { localIdOf } from './local-key';
import { useReport } from './reports';

export function newestReportId(index: ReportIndex): string | undefined {
  return [...index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0]?.id;
}

export function useCurrentReport() {
  const [params] = useSearchParams();
  const catalog = useCatalog();
  const { entries, indexQuery, localPending } = catalog;
  const requested = params.get(REPORT_PARAM);
  const requestedLocal = requested !== null && localIdOf(requested) !== null;
  const entry = entries.find((e) => e.key === requested);
  // A link to a local report waits for the local list before falling back to the default.
  const waiting = requestedLocal && !entry && localPending;
  const current = indexQuery.data && !waiting ? (entry ?? defaultEntry(entries)) : undefined;
  const reportId = current?.key;
  const reportQuery = useReport(reportId);
  const settled = indexQuery.data !== undefined && !waiting && requested !== null && !entry;
  /** The link asked for a published report the index does not list: echoed (shortened) in a notice. */
  const unknownRequested = settled && !requestedLocal ? shorten(requested) : null;
  /** The link names a report loaded locally in some browser, but not in this one. */
  const missingLocal = settled && requestedLocal ? localIdOf(requested) : null;
  return { indexQuery, catalog, entry: current, reportId, reportQuery, unknownRequested, missingLocal, waiting };
}
