// The year view's figures over the real Q1 2026 and synthetic quarters (test/support/synthetic-quarters.ts).
// By hand from the specs: Q1 2026 34 events, synthetic Q2 2026 36, synthetic Q1 2025 29 (rows 30–34
// dropped); so 2026 to date = 70 over I–II, and 2025 lacks Q2.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrepared } from '../../test/support/raw-report';
import { Q1_2025, Q2_2026, syntheticReport } from '../../test/support/synthetic-quarters';
import { prepareReport } from './prepared-report';
import {
  countryAcrossQuarters,
  quarterFigures,
  smallMultiples,
  yearToDate,
  yearToDateSentence,
  type QuarterFigures,
} from './year-view';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

let q1: QuarterFigures;
let q2: QuarterFigures;
let q1of2025: QuarterFigures;
beforeAll(async () => {
  q1 = quarterFigures(loadPrepared());
  q2 = quarterFigures(prepareReport(await syntheticReport(Q2_2026)));
  q1of2025 = quarterFigures(prepareReport(await syntheticReport(Q1_2025)));
});

describe('yearToDate', () => {
  it('sums the quarters the year has and compares with the same quarters a year earlier', () => {
    const result = yearToDate(new Map([[1, q1]]), new Map([[1, q1of2025]]));
    expect(result).toMatchObject({ kind: 'compared', quarters: [1], events: 34, earlierEvents: 29 });
    if (result.kind === 'compared') expect(result.change).toMatchObject({ kind: 'up', diff: 5 });
    // 5 / 29 ≈ 17 %.
    expect(plain(yearToDateSentence(2026, result))).toBe(
      'С начала года (I квартал 2026 года): 34 мероприятия — на 5 больше, чем за тот же квартал 2025 года: 34 против 29 (+17 %).',
    );
  });

  it('does not compare when the previous year lacks one of the quarters', () => {
    expect(
      yearToDate(
        new Map([
          [1, q1],
          [2, q2],
        ]),
        new Map([[1, q1of2025]]),
      ),
    ).toEqual({ kind: 'incomplete', quarters: [1, 2], events: 70, missingEarlier: [2] });
    expect(yearToDateSentence(2026, { kind: 'incomplete', quarters: [1, 2], events: 70, missingEarlier: [2] })).toBe(
      'С начала года (I и II кварталы 2026 года): 70 мероприятий. Сравнить с 2025 годом нельзя: нет отчёта за II квартал 2025 года.',
    );
  });

  it('does not compare reports counted by different rules', () => {
    const older = { ...q1of2025, rulesVersion: q1.rulesVersion + 1 };
    expect(yearToDate(new Map([[1, q1]]), new Map([[1, older]]))).toEqual({ kind: 'rules', quarters: [1], events: 34 });
  });

  it('has nothing to say about a year without reports', () => {
    expect(yearToDate(new Map(), new Map([[1, q1of2025]]))).toEqual({ kind: 'empty' });
  });
});

describe('smallMultiples', () => {
  it('gives each country its count per quarter, a gap (null) where the year has no report', () => {
    const rows = smallMultiples(
      new Map([
        [1, q1],
        [2, q2],
      ]),
      (f) => f.byCountry,
    );
    // Serbia: only the Belgrade copy in Q2. The UAE: only row 3 in Q1.
    expect(rows.find((r) => r.key === 'RS')?.counts).toEqual([0, 1, null, null]);
    expect(rows.find((r) => r.key === 'AE')?.counts).toEqual([1, 0, null, null]);
    // Belarus is the busiest in both quarters, so it comes first.
    expect(rows[0]?.key).toBe('BY');
  });
});

describe('countryAcrossQuarters', () => {
  it("counts a country's events in each quarter, oldest first, zero where it is not named", async () => {
    const models = [prepareReport(await syntheticReport(Q2_2026)), loadPrepared()];
    // Serbia: only the Belgrade copy of row 4 in Q2. The UAE: only row 3, dropped from Q2.
    expect(countryAcrossQuarters(models, 'RS')).toEqual([
      { year: 2026, quarter: 1, events: 0, total: 34 },
      { year: 2026, quarter: 2, events: 1, total: 36 },
    ]);
    expect(countryAcrossQuarters(models, 'AE').map((q) => q.events)).toEqual([1, 0]);
  });
});
