// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { monthFromWord, parseDates } from './dates';

const q1 = { year: 2026, periodStart: '2026-01-01', periodEnd: '2026-03-31' };
const range = (raw: string, ctx: Parameters<typeof parseDates>[1] = q1) => {
  const { start, end } = parseDates(raw, ctx);
  return [start, end];
};

describe('parseDates — forms written in the 2026-q1 report', () => {
  it('single day with year', () => expect(range('29 января 2026 года')).toEqual(['2026-01-29', '2026-01-29']));
  it('day range with a hyphen', () => expect(range('6-22 февраля 2026 года')).toEqual(['2026-02-06', '2026-02-22']));
  it('cell split over lines («10 февраля⏎2026 года»)', () =>
    expect(range('10 февраля\n2026 года')).toEqual(['2026-02-10', '2026-02-10']));
  it('range split over lines with trailing spaces', () =>
    expect(range('20-22 марта \n2026 года')).toEqual(['2026-03-20', '2026-03-22']));
  it('range with hyphen and year', () => expect(range('13-16 марта 2026 года')).toEqual(['2026-03-13', '2026-03-16']));
});

describe('parseDates — other wordings', () => {
  it('en dash without year takes the period year', () =>
    expect(range('10–13 февраля')).toEqual(['2026-02-10', '2026-02-13']));
  it('«с … по …»', () => expect(range('с 9 по 15 февраля')).toEqual(['2026-02-09', '2026-02-15']));
  it('range across months', () =>
    expect(range('30 января – 2 февраля 2026 года')).toEqual(['2026-01-30', '2026-02-02']));
  it('range across years with explicit years', () =>
    expect(range('30 декабря 2025 – 2 января 2026 года')).toEqual(['2025-12-30', '2026-01-02']));
  it('year-less range across the new year in a Q1 report starts the year before', () =>
    expect(range('30 декабря – 2 января')).toEqual(['2025-12-30', '2026-01-02']));
  it('year-less range across the new year in a Q4 report ends the year after', () =>
    expect(range('30 декабря – 2 января', { year: 2025, periodStart: '2025-10-01', periodEnd: '2025-12-31' })).toEqual([
      '2025-12-30',
      '2026-01-02',
    ]));
  it('one year after a cross-month range applies to both ends', () =>
    expect(range('28 февраля – 3 марта 2027 г.', { year: 2027 })).toEqual(['2027-02-28', '2027-03-03']));
  it('numeric dates', () => {
    expect(range('10.02.2026')).toEqual(['2026-02-10', '2026-02-10']);
    expect(range('10-12.02.2026')).toEqual(['2026-02-10', '2026-02-12']);
    expect(range('28.09.2026 – 02.10.2026', { year: 2026 })).toEqual(['2026-09-28', '2026-10-02']);
  });
  it('ё and «г.» abbreviations', () =>
    expect(range('5 сентября 2026 г.', { year: 2026 })).toEqual(['2026-09-05', '2026-09-05']));
  it('month only → whole month, with a problem noted', () => {
    const r = parseDates('февраль 2026 года', q1);
    expect([r.start, r.end]).toEqual(['2026-02-01', '2026-02-28']);
    expect(r.problems.join()).toMatch(/только месяц/);
  });
  it('leap year month end', () =>
    expect(range('в течение февраля', { year: 2028 })).toEqual(['2028-02-01', '2028-02-29']));
  it('list of days → first to last, with a problem noted', () => {
    const r = parseDates('5, 12 и 19 февраля', q1);
    expect([r.start, r.end]).toEqual(['2026-02-05', '2026-02-19']);
    expect(r.problems.join()).toMatch(/несколько/);
  });
  it('impossible date → null and a problem', () => {
    const r = parseDates('31 февраля 2026 года', q1);
    expect([r.start, r.end]).toEqual([null, null]);
    expect(r.problems).toHaveLength(1);
  });
  it('unparseable text → null and a problem; empty → null without one', () => {
    expect(parseDates('в течение квартала', q1)).toMatchObject({ start: null, end: null });
    expect(parseDates('в течение квартала', q1).problems.length).toBe(1);
    expect(parseDates('', q1)).toEqual({ start: null, end: null, problems: [] });
  });
  it('does not take words that merely start like a month', () =>
    expect(range('декада мероприятий', q1)).toEqual([null, null]));
});

describe('monthFromWord', () => {
  it.each([
    ['января', 1],
    ['февраля', 2],
    ['марта', 3],
    ['апреля', 4],
    ['мая', 5],
    ['июня', 6],
    ['июля', 7],
    ['августа', 8],
    ['сентября', 9],
    ['октября', 10],
    ['ноября', 11],
    ['декабря', 12],
  ])('%s → %i', (word, month) => expect(monthFromWord(word)).toBe(month));
});

describe('parseDates — wrong dates get the right cause, never a silent month', () => {
  const q1 = { year: 2026, periodStart: '2026-01-01', periodEnd: '2026-03-31' };
  it.each([
    ['март–февраль 2026', /в обратном порядке/],
    ['март – февраль', /в обратном порядке/],
    ['15-10 февраля 2026 года', /дата окончания \(2026-02-10\) раньше даты начала \(2026-02-15\)/],
  ])('reversed range «%s» → no dates, and says why (not a 12-month span)', (raw, cause) => {
    const r = parseDates(raw, q1);
    expect([r.start, r.end]).toEqual([null, null]);
    expect(r.problems.join('\n')).toMatch(cause);
    expect(r.problems.join('\n')).not.toMatch(/только месяц/);
  });
  it.each([
    ['32 января 2026 года', 'несуществующая дата: 32 января 2026 года (в этом месяце 31 день)'],
    ['31 февраля 2026 года', 'несуществующая дата: 31 февраля 2026 года (в этом месяце 28 дней)'],
    ['0 марта', 'несуществующая дата: 0 марта 2026 года (в этом месяце 31 день)'],
    ['10.13.2026', 'несуществующий месяц 13 в дате «10.13.2026»'],
  ])('impossible «%s» → «%s»', (raw, problem) => {
    const r = parseDates(raw, q1);
    expect([r.start, r.end]).toEqual([null, null]);
    expect(r.problems).toEqual([problem]);
  });
  it('a range with one impossible end has neither date', () =>
    expect(parseDates('30 января – 31 февраля 2026', q1)).toMatchObject({ start: null, end: null }));
  it('months close over the new year still cross it', () => {
    expect(range('30 декабря – 2 января')).toEqual(['2025-12-30', '2026-01-02']);
    expect(range('декабрь – январь')).toEqual(['2025-12-01', '2026-01-31']);
    expect(range('ноябрь 2025 – февраль 2026')).toEqual(['2025-11-01', '2026-02-28']);
  });
});
