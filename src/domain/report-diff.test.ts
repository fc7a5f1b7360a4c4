// The diff shown before a second file for a quarter is kept. The second file is made from the real
// Q1 2026 text with changes spelled out by hand (test/support/synthetic-quarters.ts), so what the diff
// must find is known without running it: row 6 (MITT 2026 in Moscow) left out, a copy of row 4 moved to
// Belgrade inserted after it, and row 30's dates «13-16 февраля» changed to «14-16 февраля».
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { syntheticReport, type SyntheticSpec } from '../../test/support/synthetic-quarters';
import { diffReports, fieldText, isEmptyDiff, type ReportDiff } from './report-diff';
import type { Report } from './report-schema';

const SECOND_Q1_FILE: SyntheticSpec = {
  year: 2026,
  quarter: 1,
  drop: [6],
  copies: [
    {
      of: 4,
      replace: [
        ['г. Алматы, Республика Казахстан', 'г. Белград, Республика Сербия'],
        ['37-й международной выставке моды Central Asia Fashion', 'Белградской международной выставке моды'],
      ],
    },
  ],
  replace: [['13-16 февраля 2026 года', '14-16 февраля 2026 года']],
};

let q1: Report;
let second: Report;
let diff: ReportDiff;

beforeAll(async () => {
  q1 = loadReport();
  second = await syntheticReport(SECOND_Q1_FILE);
  diff = diffReports(q1, second);
});

describe('diffReports', () => {
  it('finds the inserted row as added and the dropped row as removed', () => {
    expect(diff.added.map((e) => e.title)).toEqual([
      expect.stringContaining('Белградской международной выставке моды'),
    ]);
    expect(diff.removed.map((e) => e.number)).toEqual([6]);
    expect(diff.removed[0]!.title).toContain('32-й международной выставке туризма');
  });

  it('reports the one changed field of row 30, not the rows renumbered by the insertion', () => {
    expect(diff.changed).toHaveLength(1);
    const [change] = diff.changed;
    expect(change!.before.number).toBe(30);
    expect(change!.fields).toEqual(['dates']);
    expect(fieldText(change!.before, 'dates')).toBe('13-16 февраля 2026 года');
    expect(fieldText(change!.after, 'dates')).toBe('14-16 февраля 2026 года');
    // 34 rows, one removed, one changed: the other 32 are the same events (rows 7–34 moved by one number
    // below the inserted row and back by one below the dropped one).
    expect(diff.unchanged).toBe(32);
  });

  it('notices the changed title (the synthetic mark) and the unchanged closing note', () => {
    expect(diff.title).toBe(true);
    expect(diff.notes).toBe(false);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('finds nothing between a report and itself', () => {
    const same = diffReports(q1, q1);
    expect(same).toMatchObject({ added: [], removed: [], changed: [], unchanged: 34, title: false, notes: false });
    expect(isEmptyDiff(same)).toBe(true);
  });

  it('pairs a row whose title was reworded by its number, and names the title as changed', () => {
    const reworded: Report = {
      ...q1,
      events: q1.events.map((e) => (e.number === 10 ? { ...e, title: 'Рабочее совещание (уточнено)' } : e)),
    };
    const result = diffReports(q1, reworded);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(result.changed.map((c) => [c.before.number, c.fields])).toEqual([[10, ['title']]]);
  });

  it('does not count spacing, case, ё or quote style as a change', () => {
    const retyped: Report = {
      ...q1,
      events: q1.events.map((e) =>
        e.number === 12 ? { ...e, title: `  ${e.title.replace(/«|»/g, '"').toUpperCase()}  ` } : e,
      ),
    };
    expect(diffReports(q1, retyped).changed).toEqual([]);
  });
});
