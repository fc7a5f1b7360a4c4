// All ru-RU formatting in one place, so numbers and dates look the same on every screen and export.
const LOCALE = 'ru-RU';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayMonth = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonthShort = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' });

/** Parses an ISO date (YYYY-MM-DD) as a UTC midnight, so formatting never shifts by a time zone. */
export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 12 345 (ru-RU uses a non-breaking space as the group separator). */
export function formatNumber(n: number): string {
  return integer.format(n);
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

/** «29 января 2026 г.» */
export function formatDate(iso: string): string {
  return dayMonthYear.format(isoToDate(iso));
}

/** «29 января» */
export function formatDayMonth(iso: string): string {
  return dayMonth.format(isoToDate(iso));
}

/** «март 2026 г.» from an ISO month `2026-03`. */
export function formatMonth(isoMonth: string): string {
  return monthYear.format(isoToDate(`${isoMonth}-01`));
}

/** «март» from an ISO month `2026-03`. */
export function formatMonthName(isoMonth: string): string {
  return monthName.format(isoToDate(`${isoMonth}-01`));
}

export function formatDateTime(isoDateTime: string): string {
  return dateTime.format(new Date(isoDateTime));
}

/**
 * Compact date range for tables: «10–13 февр.», «30 янв. – 2 февр.», «5 февр.».
 * Missing dates render as an em dash rather than a guess.
 */
export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return '—';
  const last = end ?? start;
  if (last === start) return dayMonthShort.format(isoToDate(start));
  const a = isoToDate(start);
  const b = isoToDate(last);
  if (a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear()) {
    return `${a.getUTCDate()}–${dayMonthShort.format(b)}`;
  }
  return `${dayMonthShort.format(a)} – ${dayMonthShort.format(b)}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** «I квартал 2026 года» */
export function formatQuarter(year: number, quarter: number): string {
  return `${ROMAN[quarter - 1] ?? quarter} квартал ${year} года`;
}
