// What keeping a freshly parsed report in this browser would do, decided before anything is kept, by
// the store rules the CLI uses (store-rules.ts): a new quarter is kept; the same file again changes
// nothing; another file for a quarter kept here replaces it only on an explicit confirm, with the
// diff shown. Published reports are never modified: a local version of a published quarter is kept
// beside it, and the diff shows how it differs.
import { diffReports, type ReportDiff } from './report-diff';
import type { Report } from './report-schema';
import { decideStore } from './store-rules';

export type ImportPlanKind =
  /** A quarter neither published nor kept here. */
  | 'new'
  /** The quarter is published; this file differs from its source: kept beside it, as a local version. */
  | 'beside-published'
  /** The published report is this very file, read the same way: nothing to keep. */
  | 'same-as-published'
  /** This file was loaded here before and reads the same: nothing to change. */
  | 'same-as-local'
  /** This file was loaded here before and now reads differently (a newer parser): update on confirm. */
  | 'reparsed-local'
  /** Another file for a quarter kept here: replace on an explicit confirm. */
  | 'replace-local';

export interface ImportPlan {
  kind: ImportPlanKind;
  /** The report as it would be kept (a known source keeps its first parse date). */
  report: Report;
  /** What it is compared with: the local version if there is one, else the published one. */
  against: { report: Report; origin: 'published' | 'local' } | null;
  diff: ReportDiff | null;
  /** Whether confirming writes anything. */
  writes: boolean;
}

export function planImport(incoming: Report, existing: { published: Report | null; local: Report | null }): ImportPlan {
  const { published, local } = existing;
  if (local) {
    const decision = decideStore(local, incoming);
    const against = { report: local, origin: 'local' as const };
    if (decision.kind === 'unchanged')
      return { kind: 'same-as-local', report: decision.report, against, diff: null, writes: false };
    const report = decision.kind === 'reparsed' ? decision.report : incoming;
    return {
      kind: decision.kind === 'reparsed' ? 'reparsed-local' : 'replace-local',
      report,
      against,
      diff: diffReports(local, report),
      writes: true,
    };
  }
  if (published) {
    const decision = decideStore(published, incoming);
    const against = { report: published, origin: 'published' as const };
    if (decision.kind === 'unchanged')
      return { kind: 'same-as-published', report: decision.report, against, diff: null, writes: false };
    const report = decision.kind === 'reparsed' ? decision.report : incoming;
    return { kind: 'beside-published', report, against, diff: diffReports(published, report), writes: true };
  }
  return { kind: 'new', report: incoming, against: null, diff: null, writes: true };
}
