// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ru from 'zod/v4/locales/ru.js';
import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  reportSchema,
  schemaIssues,
  WARNING_FIELD_LABELS,
  WARNING_FIELDS,
  type Report,
} from './report-schema';

const report = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/reports/2026-q1.json'), 'utf8'),
) as Report;

function issues(mutate: (r: Report) => void): string {
  const copy = structuredClone(report);
  mutate(copy);
  const r = reportSchema.safeParse(copy, { error: ru().localeError });
  return r.success ? '' : schemaIssues(r.error, 10);
}

describe('report schema: dates are real calendar dates, start ≤ end, in Russian', () => {
  it('the committed report passes', () => expect(issues(() => {})).toBe(''));
  it.each(['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10'])('«%s» is refused', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(issues((r) => ((r.events[0] as Report['events'][number]).dates.start = date))).toMatch(
      /events\.0\.dates\.start: такой даты нет в календаре/,
    );
  });
  it('leap days exist where they should', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });
  it('an end before the start is refused', () =>
    expect(
      issues((r) => {
        const d = (r.events[1] as Report['events'][number]).dates;
        [d.start, d.end] = ['2026-02-12', '2026-02-09'];
      }),
    ).toMatch(/events\.1\.dates\.end: дата окончания раньше даты начала/));
  it('one date without the other is refused', () =>
    expect(issues((r) => ((r.events[1] as Report['events'][number]).dates.end = null))).toMatch(/обе или ни одной/));
  it('the period must be the quarter it names', () =>
    expect(issues((r) => (r.period.end = '2026-04-30'))).toMatch(/period: начало и конец периода/));
  it('the id must match the period', () =>
    expect(issues((r) => (r.id = '2026-q2'))).toMatch(/id: id отчёта не совпадает с его периодом/));
  it('a warning field outside the list is refused', () =>
    expect(issues((r) => ((r.warnings[0] as Report['warnings'][number]).field = 'color' as never))).toMatch(
      /warnings\.0\.field: неизвестное поле предупреждения/,
    ));
  it("zod's own messages are Russian too (a number where a string belongs)", () =>
    expect(issues((r) => ((r as unknown as { title: number }).title = 5))).toMatch(
      /title: Неверный ввод: ожидалось string/,
    ));
  it('every warning field has one label', () =>
    expect(Object.keys(WARNING_FIELD_LABELS).sort()).toEqual([...WARNING_FIELDS].sort()));
});
