// What happens when a parsed report meets the report already kept for its quarter — one rule for the
// CLI's data/reports/ and for the browser's local store, so a second file for a quarter is never a
// silent overwrite anywhere. Pure: the callers read and write their own stores.
import { toJson } from './report-json';
import type { Report } from './report-schema';

export type StoreDecision =
  /** Nothing kept for this quarter yet. */
  | { kind: 'new' }
  /** The same source file (same SHA-256) gives the same report: nothing to write. */
  | { kind: 'unchanged'; report: Report }
  /** The same source file, read differently (the parser changed): written, keeping the first parse date. */
  | { kind: 'reparsed'; report: Report; previous: Report }
  /** Another source file for the same quarter: only with an explicit replace (CLI --replace, a confirm). */
  | { kind: 'other-source'; previous: Report };

/** The incoming report as it would be kept: a known source keeps its first parse date. */
function keepingParseDate(incoming: Report, previous: Report): Report {
  return { ...incoming, source: { ...incoming.source, parsedAt: previous.source.parsedAt } };
}

export function decideStore(previous: Report | null, incoming: Report): StoreDecision {
  if (!previous) return { kind: 'new' };
  if (previous.source.sha256 !== incoming.source.sha256) return { kind: 'other-source', previous };
  // The data are as old as the file, not as the parser: the same source keeps its parse date.
  const report = keepingParseDate(incoming, previous);
  return toJson(report) === toJson(previous) ? { kind: 'unchanged', report } : { kind: 'reparsed', report, previous };
}
