// The prepared form of each fetched report (src/domain/prepared-report.ts), made once per report and
// kept here by report key (a published id, or a local key: a quarter may have both): every screen asks for it on every render, and navigating between screens
// must not rebuild the columns, search index and orders. A new answer for the same report (a refetch
// that changed something: react-query keeps the same object when nothing did) is prepared afresh.
import { prepareReport, type PreparedReport } from '../domain/prepared-report';
import type { Report } from '../domain/report-schema';

const prepared = new Map<string, PreparedReport>();

export function preparedReport(report: Report, key: string = report.id): PreparedReport {
  const known = prepared.get(key);
  if (known?.report === report) return known;
  const model = prepareReport(report);
  prepared.set(key, model);
  return model;
}
