// Press sentences with the comparison, for the synthetic Q2 2026 (Q1's rows less rows 1–3, plus five
// copies: 36 events) against the real Q1 2026 (34). Counted by hand from the spec: 36 − 34 = 2, 2/34 ≈
// 6 %; row 3 was the only one naming the UAE (gone), the Belgrade copy of row 4 names Serbia (new).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrepared } from '../../test/support/raw-report';
import { Q1_2025, Q2_2026, syntheticReport } from '../../test/support/synthetic-quarters';
import { EMPTY_FILTERS } from './filters';
import { filterView } from './filter-engine';
import { prepareReport, type PreparedReport } from './prepared-report';
import { comparisonSentences } from './press-comparison';

/** Intl writes a no-break space before «%». */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

let q1: PreparedReport;
let q2: PreparedReport;
let q1of2025: PreparedReport;
beforeAll(async () => {
  q1 = loadPrepared();
  q2 = prepareReport(await syntheticReport(Q2_2026));
  q1of2025 = prepareReport(await syntheticReport(Q1_2025));
});

describe('comparisonSentences', () => {
  it('says how many more events than the previous quarter, with both figures and the per cent', () => {
    const sentences = comparisonSentences({
      view: q2.all,
      earlier: q1.all,
      quarter: { year: 2026, quarter: 1 },
      filters: EMPTY_FILTERS,
    });
    expect(plain(sentences[0])).toBe(
      'Во II квартале 2026 года международных мероприятий на 2 больше, чем в I квартале 2026 года: 36 против 34 (+6 %).',
    );
    expect(sentences).toContain('Страны-партнёры, которых не было в I квартале 2026 года: Сербия.');
    expect(sentences).toContain('Страны-партнёры в I квартале 2026 года, которых нет во II квартале 2026 года: ОАЭ.');
  });

  it('against the same quarter a year earlier: 34 against 29 (rows 30–34 absent in 2025)', () => {
    const [totals] = comparisonSentences({
      view: q1.all,
      earlier: q1of2025.all,
      quarter: { year: 2025, quarter: 1 },
      filters: EMPTY_FILTERS,
    });
    // 5 / 29 ≈ 17 %.
    expect(plain(totals)).toBe(
      'В I квартале 2026 года международных мероприятий на 5 больше, чем в I квартале 2025 года: 34 против 29 (+17 %).',
    );
  });

  it('applies a country filter to both quarters and says «таких»', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['KZ'] };
    // Kazakhstan in Q1: rows 4, 5, 15, 34 (4). In Q2: the same four and the copy of row 34: 5. The Belgrade
    // copy of row 4 keeps row 4's description, «на рынок Казахстана», which only names Kazakhstan (a market
    // as a goal): under the role rules of issue 14 (domain/methodology.ts) it does not count.
    const [totals] = comparisonSentences({
      view: filterView(q2, filters),
      earlier: filterView(q1, filters),
      quarter: { year: 2026, quarter: 1 },
      filters,
    });
    expect(plain(totals)).toBe(
      'Во II квартале 2026 года таких мероприятий на 1 больше, чем в I квартале 2026 года: 5 против 4 (+25 %).',
    );
  });

  it('says nothing for a month or date filter, which has no counterpart in another quarter', () => {
    const filters = { ...EMPTY_FILTERS, months: ['2026-05'] };
    expect(
      comparisonSentences({ view: q2.all, earlier: q1.all, quarter: { year: 2026, quarter: 1 }, filters }),
    ).toEqual([]);
  });

  it('says «столько же» for the same number', () => {
    const [totals] = comparisonSentences({
      view: q1.all,
      earlier: q1.all,
      quarter: { year: 2025, quarter: 4 },
      filters: EMPTY_FILTERS,
    });
    expect(plain(totals)).toBe(
      'В I квартале 2026 года международных мероприятий столько же, сколько в IV квартале 2025 года: по 34.',
    );
  });
});
