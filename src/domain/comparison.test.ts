// Comparing quarters: which quarter, whether two reports may be compared, and each change in words.
// Reports: the real Q1 2026 and synthetic quarters made from it (test/support/synthetic-quarters.ts).
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { Q1_2025, syntheticReport } from '../../test/support/synthetic-quarters';
import {
  change,
  changeSentence,
  changeShort,
  changesByKey,
  comparedQuarter,
  inQuarter,
  incomparability,
  incomparabilityText,
  parseCompareMode,
  previousQuarter,
  rulesVersionOf,
} from './comparison';

const q1 = loadReport();
/** Intl writes a no-break space before «%». */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('which quarter', () => {
  it('the previous quarter crosses the year; the same quarter a year earlier', () => {
    expect(previousQuarter({ year: 2026, quarter: 1 })).toEqual({ year: 2025, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(comparedQuarter(q1.period, 'year')).toEqual({ year: 2025, quarter: 1 });
    expect(comparedQuarter(q1.period, 'none')).toBeNull();
  });

  it('reads ?compare= (absent: the previous quarter; unknown: refused)', () => {
    expect(parseCompareMode(null)).toBe('previous');
    expect(parseCompareMode('year')).toBe('year');
    expect(parseCompareMode('last-year')).toBeNull();
  });

  it('says «во» before II («во втором»), «в» before the others', () => {
    expect(inQuarter({ year: 2026, quarter: 2 })).toBe('во II квартале 2026 года');
    expect(inQuarter({ year: 2025, quarter: 4 })).toBe('в IV квартале 2025 года');
  });
});

describe('change', () => {
  it('up and down with the absolute change and the per cent of the earlier figure', () => {
    expect(change(36, 34)).toEqual({ kind: 'up', value: 36, earlier: 34, diff: 2, percent: 2 / 34 });
    expect(plain(changeShort(change(36, 34)))).toBe('+2 (+6 %)');
    expect(plain(changeShort(change(3, 4)))).toBe('−1 (−25 %)');
    expect(plain(changeSentence(change(39, 34), { year: 2026, quarter: 1 }))).toBe(
      'на 5 больше, чем в I квартале 2026 года (+15 %)',
    );
  });

  it('never divides by zero: something new, something gone, no change', () => {
    expect(change(3, 0)).toEqual({ kind: 'new', value: 3 });
    expect(change(3, undefined)).toEqual({ kind: 'new', value: 3 });
    expect(change(0, 4)).toEqual({ kind: 'gone', earlier: 4 });
    expect(change(0, 0)).toEqual({ kind: 'same', value: 0 });
    for (const c of [change(3, 0), change(0, 4), change(5, 5)]) expect(changeShort(c)).not.toMatch(/∞|%/);
    expect(changeShort(change(3, 0), 'новая страна')).toBe('новая страна');
    expect(changeShort(change(0, 4))).toBe('нет (было 4)');
    expect(changeSentence(change(5, 5), { year: 2025, quarter: 4 })).toBe(
      'столько же, сколько в IV квартале 2025 года',
    );
  });

  it('per key: keys of either side, new and gone ones included', () => {
    const changes = changesByKey(
      [
        { key: 'BY', count: 20 },
        { key: 'RS', count: 1 },
      ],
      [
        { key: 'BY', count: 22 },
        { key: 'AE', count: 1 },
      ],
    );
    expect(Object.fromEntries([...changes].map(([k, c]) => [k, c.kind]))).toEqual({
      BY: 'down',
      RS: 'new',
      AE: 'gone',
    });
  });
});

describe('like with like', () => {
  it('compares two reports counted by the same rules under the same sector headings', async () => {
    // Rows 29–30 left out: the sport heading keeps row 31, so every heading is in both. (Not row 31:
    // the source glued the «Общие направления» heading into that row, see its warning.)
    expect(incomparability(q1, await syntheticReport({ year: 2025, quarter: 1, drop: [29, 30] }))).toEqual([]);
  });

  it('names the heading a quarter lacks: Q1 2025 without rows 30–34 has no «Общие направления» (rows 32–34)', async () => {
    expect(incomparability(q1, await syntheticReport(Q1_2025))).toEqual([
      { kind: 'sectors', onlyCurrent: ['Общие направления сотрудничества'], onlyEarlier: [] },
    ]);
  });

  it('refuses when the counting rules differ', () => {
    const version = rulesVersionOf(q1);
    const older = { ...q1, source: { ...q1.source, rulesVersion: version + 1 } };
    const reasons = incomparability(older, q1);
    expect(reasons).toEqual([{ kind: 'rules', current: version + 1, earlier: version }]);
    expect(incomparabilityText(reasons[0]!, { year: 2026, quarter: 1 })).toMatch(
      /^Отчёт за I квартал 2026 года обработан другой версией правил подсчёта/,
    );
  });

  it('names the sector headings found in one report only', async () => {
    const renamed = await syntheticReport({
      year: 2025,
      quarter: 4,
      headings: [['Сотрудничество в сфере спорта', 'Сотрудничество в сфере физической культуры и спорта']],
    });
    const reasons = incomparability(q1, renamed);
    expect(reasons).toEqual([
      {
        kind: 'sectors',
        onlyCurrent: ['Сотрудничество в сфере спорта'],
        onlyEarlier: ['Сотрудничество в сфере физической культуры и спорта'],
      },
    ]);
  });
});
