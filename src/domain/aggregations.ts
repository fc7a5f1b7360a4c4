// Aggregations over report events. Every figure on the overview, in press texts and country briefs
// comes from here, so the same question always gets the same answer.
import type { Period, ReportEvent } from './report-schema';
import { eventMonths } from './filters';

export interface SectorCount {
  id: string;
  name: string;
  count: number;
}

/** Events per sector, most first; ties keep report order (the order sectors first appear). */
export function eventsBySector(events: readonly ReportEvent[]): SectorCount[] {
  const bySector = new Map<string, SectorCount>();
  for (const e of events) {
    const entry = bySector.get(e.sector.id) ?? { id: e.sector.id, name: e.sector.name, count: 0 };
    entry.count += 1;
    bySector.set(e.sector.id, entry);
  }
  return [...bySector.values()].sort((a, b) => b.count - a.count);
}

export interface CountryCount {
  code: string;
  count: number;
}

/** Events per partner country, most first; ties by code for a stable order. */
export function eventsByCountry(events: readonly ReportEvent[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function partnerCountries(events: readonly ReportEvent[]): string[] {
  return eventsByCountry(events).map((c) => c.code);
}

export function onlineEventCount(events: readonly ReportEvent[]): number {
  return events.filter((e) => e.place.online).length;
}

export interface CountTotal {
  /** Sum of stated counts. */
  total: number;
  /** Events that contributed a number. */
  events: number;
  /** True when at least one contributing number is a lower bound («более 1200»). */
  atLeast: boolean;
}

export interface ParticipantsSummary {
  people: CountTotal;
  organizations: CountTotal;
  /** Events whose participants cell states no number. */
  unstated: number;
  /** Sum of stated foreign participants. */
  foreign: CountTotal;
}

function emptyTotal(): CountTotal {
  return { total: 0, events: 0, atLeast: false };
}

function add(total: CountTotal, n: number, atLeast: boolean) {
  total.total += n;
  total.events += 1;
  total.atLeast ||= atLeast;
}

/** Participants, honestly: people and organisations are never added together. */
export function participantsSummary(events: readonly ReportEvent[]): ParticipantsSummary {
  const summary: ParticipantsSummary = {
    people: emptyTotal(),
    organizations: emptyTotal(),
    unstated: 0,
    foreign: emptyTotal(),
  };
  for (const e of events) {
    const p = e.participants;
    if (p.count === null) summary.unstated += 1;
    else if (p.unit === 'organizations') add(summary.organizations, p.count, p.qualifier === 'atLeast');
    else add(summary.people, p.count, p.qualifier === 'atLeast');
    if (p.foreignCount !== null) add(summary.foreign, p.foreignCount, false);
  }
  return summary;
}

export interface SectorParticipants extends SectorCount {
  people: CountTotal;
  organizations: CountTotal;
  unstated: number;
}

/** Participants per sector (people and organisations kept apart), in eventsBySector order. */
export function participantsBySector(events: readonly ReportEvent[]): SectorParticipants[] {
  return eventsBySector(events).map((sector) => {
    const summary = participantsSummary(events.filter((e) => e.sector.id === sector.id));
    return { ...sector, people: summary.people, organizations: summary.organizations, unstated: summary.unstated };
  });
}

export interface MonthCount {
  month: string;
  count: number;
}

/** Months of the period (YYYY-MM) with the number of events whose dates touch each. */
export function eventsByMonth(events: readonly ReportEvent[], period: Period): MonthCount[] {
  const months = periodMonths(period);
  const counts = new Map(months.map((m) => [m, 0]));
  for (const e of events) for (const m of eventMonths(e)) if (counts.has(m)) counts.set(m, counts.get(m)! + 1);
  return months.map((month) => ({ month, count: counts.get(month)! }));
}

export function periodMonths(period: Period): string[] {
  const months: string[] = [];
  const end = period.end.slice(0, 7);
  let [y, m] = period.start.slice(0, 7).split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 120; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

const DAY_MS = 86_400_000;

function isoDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface WeekCount {
  /** Monday of the week (ISO date). */
  start: string;
  /** Sunday of the week (ISO date). */
  end: string;
  /** Events taking place on at least one day of the week. */
  count: number;
}

/** Monday-based weeks covering the period, with the number of events active in each. */
export function eventsByWeek(events: readonly ReportEvent[], period: Period): WeekCount[] {
  const first = isoDay(period.start);
  const last = isoDay(period.end);
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  const firstMonday = first - ((first + 3) % 7);
  const weeks: WeekCount[] = [];
  for (let d = firstMonday; d <= last; d += 7) weeks.push({ start: dayIso(d), end: dayIso(d + 6), count: 0 });
  for (const e of events) {
    if (!e.dates.start) continue;
    const s = isoDay(e.dates.start);
    const t = isoDay(e.dates.end ?? e.dates.start);
    for (const w of weeks) if (isoDay(w.start) <= t && isoDay(w.end) >= s) w.count += 1;
  }
  return weeks;
}

/** The busiest week(s): the maximum count and every week that reaches it. */
export function peakWeeks(weeks: readonly WeekCount[]): WeekCount[] {
  const max = Math.max(0, ...weeks.map((w) => w.count));
  return max === 0 ? [] : weeks.filter((w) => w.count === max);
}

export interface DelegationNote {
  /** Number of meetings with foreign delegations stated in the closing note, if any. */
  count: number | null;
  text: string;
}

/**
 * The report's closing note on meetings with foreign delegations («состоялось 3 встречи (приемы,
 * переговоры) с иностранными делегациями…»), with the number it states.
 */
export function delegationMeetings(notes: readonly string[]): DelegationNote | null {
  const text = notes.find((n) => /делегаци/i.test(n));
  if (!text) return null;
  const match = /(\d[\d\s\u00a0]*)\s+(?:встреч|прием|приём|переговор)/i.exec(text);
  return { count: match ? Number(match[1]!.replace(/[\s\u00a0]/g, '')) : null, text };
}

export interface TimelineSpan {
  id: string;
  number: number;
  title: string;
  sectorId: string;
  /** ISO dates, inclusive; a one-day event has start === end. */
  start: string;
  end: string;
  /** Length in days, inclusive (a one-day event lasts 1 day). */
  days: number;
  online: boolean;
}

/**
 * Dated events as spans for a Gantt-like strip, earliest first (then shorter first, then report
 * order); events without dates cannot be placed and are only counted.
 */
export function timelineSpans(events: readonly ReportEvent[]): { spans: TimelineSpan[]; undated: number } {
  const spans: TimelineSpan[] = [];
  let undated = 0;
  for (const e of events) {
    if (!e.dates.start) {
      undated += 1;
      continue;
    }
    const end = e.dates.end && e.dates.end >= e.dates.start ? e.dates.end : e.dates.start;
    spans.push({
      id: e.id,
      number: e.number,
      title: e.title,
      sectorId: e.sector.id,
      start: e.dates.start,
      end,
      days: isoDay(end) - isoDay(e.dates.start) + 1,
      online: e.place.online,
    });
  }
  spans.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.number - b.number);
  return { spans, undated };
}

/** Day offset of an ISO date from the start of a period (0 for the first day). */
export function dayOffset(iso: string, periodStart: string): number {
  return isoDay(iso) - isoDay(periodStart);
}
