// Which report the user is looking at: `?report=<id>` if valid and listed, else the newest one.
import { useSearchParams } from 'react-router-dom';
import { REPORT_PARAM } from '../config/paths';
import type { ReportIndex } from '../domain/report-schema';
import { shorten } from '../lib/lexicon';
import { useReport, useReportIndex } from './reports';

export function newestReportId(index: ReportIndex): string | undefined {
  return [...index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0]?.id;
}

export function useCurrentReport() {
  const [params] = useSearchParams();
  const indexQuery = useReportIndex();
  const requested = params.get(REPORT_PARAM);
  const listed = indexQuery.data?.reports.some((r) => r.id === requested) ?? false;
  const reportId = indexQuery.data ? (listed && requested ? requested : newestReportId(indexQuery.data)) : undefined;
  const reportQuery = useReport(reportId);
  /** The link asked for a report the index does not list: echoed (shortened) in a notice; the newest is shown. */
  const unknownRequested = indexQuery.data !== undefined && requested !== null && !listed ? shorten(requested) : null;
  return { indexQuery, reportId, reportQuery, unknownRequested };
}
