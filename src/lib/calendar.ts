// The calendar the report lives on, in one place: ISO dates as UTC days, months as numbers, Monday
// weeks, quarters and their Roman numerals. All in UTC, so a date never shifts by a time zone.

const DAY_MS = 86_400_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-03-01` as a Date at UTC midnight. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = utcDate(value);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 of an ISO date (NaN for a date no calendar has). */
export function isoDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** The ISO date of a day number (isoDay's inverse). */
export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO date as a number with the same order as the text: `2026-03-09` → 20260309. */
export function dateKey(iso: string): number {
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

/** `2026-03` (or a date in it) → 2026 * 12 + 2: months as consecutive numbers. */
export function monthNumber(isoMonth: string): number {
  return Number(isoMonth.slice(0, 4)) * 12 + Number(isoMonth.slice(5, 7)) - 1;
}

/** monthNumber's inverse: 2026 * 12 + 2 → `2026-03`. */
export function monthIso(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/**
 * ISO months (YYYY-MM) from the month of `start` to the month of `end`, at most `limit` of them. The
 * start month is always included, even when `end` lies before it: a range written backwards still
 * happened in its first month (the same rule the month columns and charts count by).
 */
export function monthsBetween(start: string, end: string, limit = 240): string[] {
  const first = monthNumber(start);
  const last = Math.max(first, Math.min(monthNumber(end), first + limit - 1));
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(monthIso(m));
  return months;
}

export interface Week {
  /** Monday (ISO date). */
  start: string;
  /** Sunday (ISO date). */
  end: string;
}

/** The Monday on or before a day number (1970-01-01 was a Thursday). */
function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

/** Monday-based weeks covering the days from `start` to `end` (ISO dates), in order. */
export function weeksBetween(start: string, end: string): Week[] {
  const weeks: Week[] = [];
  for (let d = mondayOf(isoDay(start)); d <= isoDay(end); d += 7) weeks.push({ start: dayIso(d), end: dayIso(d + 6) });
  return weeks;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** I–IV for a quarter (the number itself for anything else). */
export function romanQuarter(quarter: number): string {
  return ROMAN[quarter - 1] ?? String(quarter);
}

/** «I квартал 2026 года» */
export function formatQuarter(year: number, quarter: number): string {
  return `${romanQuarter(quarter)} квартал ${year} года`;
}

/** First and last day of a quarter: 2026, 1 → 2026-01-01 … 2026-03-31. */
export function quarterBounds(year: number, quarter: number): { start: string; end: string } {
  const firstMonth = (quarter - 1) * 3;
  const start = Date.UTC(year, firstMonth, 1) / DAY_MS;
  const end = Date.UTC(year, firstMonth + 3, 1) / DAY_MS - 1;
  return { start: dayIso(start), end: dayIso(end) };
}

/** Month names as dates write them («1 января»), January first. */
export const MONTH_GENITIVE: readonly string[] = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
