// The calendar helpers, on dates checked against a printed 2026 calendar (1 January 2026 is a Thursday).
import { describe, expect, it } from 'vitest';
import {
  dateKey,
  dayIso,
  formatQuarter,
  isoDay,
  isValidIsoDate,
  monthIso,
  monthNumber,
  monthsBetween,
  quarterBounds,
  romanQuarter,
  weeksBetween,
} from './calendar';

describe('monthsBetween', () => {
  it('walks the months of a range, across a year', () => {
    expect(monthsBetween('2025-11-15', '2026-02-10')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('keeps the start month when the end lies before it (a range written backwards still happened)', () => {
    expect(monthsBetween('2026-03-10', '2026-01-05')).toEqual(['2026-03']);
  });

  it('stops at the limit', () => {
    expect(monthsBetween('2026-01-01', '2030-12-31', 3)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('days, months and weeks', () => {
  it('numbers days and months so that they count', () => {
    expect(isoDay('1970-01-02')).toBe(1);
    expect(dayIso(isoDay('2026-03-31'))).toBe('2026-03-31');
    expect(isoDay('2026-03-01') - isoDay('2026-02-01')).toBe(28);
    expect(monthNumber('2026-03-15') - monthNumber('2025-12')).toBe(3);
    expect(monthIso(monthNumber('2026-12'))).toBe('2026-12');
    expect(dateKey('2026-03-09')).toBe(20260309);
  });

  it('accepts only real dates', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-3-1')).toBe(false);
  });

  it('covers a quarter with Monday weeks: 29 December 2025 … 5 April 2026', () => {
    const weeks = weeksBetween('2026-01-01', '2026-03-31');
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(weeks.at(-1)).toEqual({ start: '2026-03-30', end: '2026-04-05' });
  });
});

describe('quarters', () => {
  it('names and bounds them', () => {
    expect(romanQuarter(4)).toBe('IV');
    expect(formatQuarter(2026, 1)).toBe('I квартал 2026 года');
    expect(quarterBounds(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterBounds(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterBounds(2025, 4)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
  });
});
