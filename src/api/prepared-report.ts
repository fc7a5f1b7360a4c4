// The prepared form of each fetched report (src/domain/prepared-report.ts), made once per report and
// kept here by report id: every screen asks for it on every render, and navigating between screens
// must not rebuild the columns, search index and orders. A new answer for the same report (a refetch
// that changed something: react-query keeps the same object when nothing did) is prepared afresh.
import { prepareReport, type PreparedReport } from '../domain/prepared-report';
import type { Report } from '../domain/report-schema';

const prepared = new Map<string, PreparedReport>();

export function preparedReport(report: Report): PreparedReport {
  const known = prepared.get(report.id);
  if (known?.report === report) return known;
  const model = prepareReport(report);
  prepared.set(report.id, model);
  return model;
}
