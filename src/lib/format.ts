// All ru-RU formatting in one place, so numbers and dates look the same on every screen and export.
import { utcDate } from './calendar';
import { once } from './once';

const LOCALE = 'ru-RU';

// Each formatter is made on first use (lib/once.ts).

const integer = once(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const percent = once(() => new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 }));
const dayMonthYear = once(
  () => new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const dayMonth = once(() => new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' }));
const dayMonthShort = once(() => new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
const monthYear = once(() => new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const monthName = once(() => new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' }));
const clockTime = once(() => new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' }));
const dateTime = once(
  () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' }),
);

/** 12 345 (ru-RU uses a non-breaking space as the group separator). */
export function formatNumber(n: number): string {
  return integer().format(n);
}

export function formatPercent(share: number): string {
  return percent().format(share);
}

/** «29 января 2026 г.» */
export function formatDate(iso: string): string {
  return dayMonthYear().format(utcDate(iso));
}

/** «29 января» */
export function formatDayMonth(iso: string): string {
  return dayMonth().format(utcDate(iso));
}

/** «март 2026 г.» from an ISO month `2026-03`. */
export function formatMonth(isoMonth: string): string {
  return monthYear().format(utcDate(`${isoMonth}-01`));
}

/** «март» from an ISO month `2026-03`. */
export function formatMonthName(isoMonth: string): string {
  return monthName().format(utcDate(`${isoMonth}-01`));
}

/** «14:05» in the browser's time zone (when this browser loaded something). */
export function formatClockTime(time: number): string {
  return clockTime().format(time);
}

export function formatDateTime(isoDateTime: string): string {
  return dateTime().format(new Date(isoDateTime));
}

/**
 * Compact date range for tables: «10–13 февр.», «30 янв. – 2 февр.», «5 февр.».
 * Missing dates render as an em dash rather than a guess.
 */
export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return '—';
  const last = end ?? start;
  if (last === start) return dayMonthShort().format(utcDate(start));
  const a = utcDate(start);
  const b = utcDate(last);
  if (a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear()) {
    return `${a.getUTCDate()}–${dayMonthShort().format(b)}`;
  }
  return `${dayMonthShort().format(a)} – ${dayMonthShort().format(b)}`;
}
