// One rule for the CLI's data/reports/ and the browser's local store: a second file for a quarter is
// never a silent overwrite.
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import type { Report } from './report-schema';
import { decideStore } from './store-rules';

const q1 = loadReport();
const reparsedAt = (report: Report, parsedAt: string): Report => ({
  ...report,
  source: { ...report.source, parsedAt },
});

describe('decideStore', () => {
  it('keeps a quarter that has no report yet', () => {
    expect(decideStore(null, q1)).toEqual({ kind: 'new' });
  });

  it('changes nothing for the same file read the same way, keeping its first parse date', () => {
    const again = reparsedAt(q1, '2027-01-01T00:00:00.000Z');
    const decision = decideStore(q1, again);
    expect(decision.kind).toBe('unchanged');
    if (decision.kind === 'unchanged') expect(decision.report.source.parsedAt).toBe(q1.source.parsedAt);
  });

  it('rewrites the same file read differently (a newer parser), still with its first parse date', () => {
    const readOtherwise: Report = {
      ...reparsedAt(q1, '2027-01-01T00:00:00.000Z'),
      warnings: q1.warnings.slice(1),
    };
    const decision = decideStore(q1, readOtherwise);
    expect(decision.kind).toBe('reparsed');
    if (decision.kind === 'reparsed') {
      expect(decision.report.source.parsedAt).toBe(q1.source.parsedAt);
      expect(decision.report.warnings).toHaveLength(q1.warnings.length - 1);
    }
  });

  it('refuses another file for the quarter unless asked to replace', () => {
    const other: Report = { ...q1, source: { ...q1.source, sha256: 'f'.repeat(64), file: 'другой.docx' } };
    expect(decideStore(q1, other)).toEqual({ kind: 'other-source', previous: q1 });
  });
});
