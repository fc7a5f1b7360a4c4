// Aggregations over report events. Every figure on the overview, in press texts and country briefs
// comes from here, so the same question always gets the same answer. They count from the typed
// columns of filter-columns.ts: a filtered view of 100 000 events costs a loop over numbers, and no
// date is parsed more than once per report.
import { asView, eventColumns, isoDay, monthNumber, type EventColumns } from './filter-columns';
import type { Period, ReportEvent } from './report-schema';
import { monthsBetween } from './filters';

export interface SectorCount {
  id: string;
  name: string;
  count: number;
}

/**
 * The columns of the events' source report and the positions of the events in it: a filtered view
 * (filter-columns.ts eventsView) is counted from typed arrays; any other array is its own source.
 */
function columnsOf(events: readonly ReportEvent[]) {
  const { source, positions } = asView(events);
  return { source, positions, c: eventColumns(source) };
}

/** Events per sector, most first; ties keep report order (the order sectors first appear). */
function countEventsBySector(events: readonly ReportEvent[]): SectorCount[] {
  const { source, positions, c } = columnsOf(events);
  const counts = new Int32Array(c.sectorIds.length);
  // The name is the first event's of that sector, in the order the sectors first appear.
  const firstAt = new Int32Array(c.sectorIds.length);
  const order: number[] = [];
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const s = c.sector[p]!;
    if (counts[s] === 0) {
      order.push(s);
      firstAt[s] = p;
    }
    counts[s]!++;
  }
  return order
    .map((s) => ({ id: c.sectorIds[s]!, name: source[firstAt[s]!]!.sector.name, count: counts[s]! }))
    .sort((a, b) => b.count - a.count);
}

export interface CountryCount {
  code: string;
  count: number;
}

/** Events per partner country, most first; ties by code for a stable order. */
function countEventsByCountry(events: readonly ReportEvent[]): CountryCount[] {
  const { positions, c } = columnsOf(events);
  const counts = new Int32Array(c.countryCodes.length);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    for (let j = c.countryStart[p]!; j < c.countryStart[p + 1]!; j++) counts[c.countryList[j]!]!++;
  }
  const out: CountryCount[] = [];
  counts.forEach((count, i) => {
    if (count > 0) out.push({ code: c.countryCodes[i]!, count });
  });
  return out.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function partnerCountries(events: readonly ReportEvent[]): string[] {
  return eventsByCountry(events).map((c) => c.code);
}

export function onlineEventCount(events: readonly ReportEvent[]): number {
  const { positions, c } = columnsOf(events);
  let n = 0;
  for (let k = 0; k < positions.length; k++) n += c.online[positions[k]!]!;
  return n;
}

/** Events naming at least one partner country. */
export function eventsWithPartner(events: readonly ReportEvent[]): number {
  const { positions, c } = columnsOf(events);
  let n = 0;
  for (let k = 0; k < positions.length; k++)
    if (c.countryStart[positions[k]! + 1]! > c.countryStart[positions[k]!]!) n++;
  return n;
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

function emptySummary(): ParticipantsSummary {
  return { people: emptyTotal(), organizations: emptyTotal(), unstated: 0, foreign: emptyTotal() };
}

function add(total: CountTotal, n: number, atLeast: boolean) {
  total.total += n;
  total.events += 1;
  total.atLeast ||= atLeast;
}

/** Adds event p (a position in the columns) to a summary. */
function addParticipants(summary: ParticipantsSummary, c: EventColumns, p: number) {
  const count = c.count[p]!;
  if (Number.isNaN(count)) summary.unstated += 1;
  else add(c.organizations[p] ? summary.organizations : summary.people, count, c.atLeast[p] === 1);
  const foreign = c.foreignCount[p]!;
  if (!Number.isNaN(foreign)) add(summary.foreign, foreign, false);
}

/** Participants, honestly: people and organisations are never added together. */
function countParticipantsSummary(events: readonly ReportEvent[]): ParticipantsSummary {
  const { positions, c } = columnsOf(events);
  const summary = emptySummary();
  for (let k = 0; k < positions.length; k++) addParticipants(summary, c, positions[k]!);
  return summary;
}

export interface SectorParticipants extends SectorCount {
  people: CountTotal;
  organizations: CountTotal;
  unstated: number;
}

/** Participants per sector (people and organisations kept apart), in eventsBySector order. */
function countParticipantsBySector(events: readonly ReportEvent[]): SectorParticipants[] {
  const { positions, c } = columnsOf(events);
  const bySector = c.sectorIds.map(emptySummary);
  for (let k = 0; k < positions.length; k++) addParticipants(bySector[c.sector[positions[k]!]!]!, c, positions[k]!);
  const sectorAt = new Map(c.sectorIds.map((id, s) => [id, s]));
  return eventsBySector(events).map((sector) => {
    const summary = bySector[sectorAt.get(sector.id)!]!;
    return { ...sector, people: summary.people, organizations: summary.organizations, unstated: summary.unstated };
  });
}

export interface MonthCount {
  month: string;
  count: number;
}

/** An event is counted in at most this many months (eventMonths' guard against absurd ranges). */
const MAX_EVENT_MONTHS = 240;

/** Months of the period (YYYY-MM) with the number of events whose dates touch each. */
function countEventsByMonth(events: readonly ReportEvent[], period: Period): MonthCount[] {
  const months = periodMonths(period);
  const { positions, c } = columnsOf(events);
  // Period months are consecutive: count with a difference array over their numbers.
  const base = monthNumber(months[0]!);
  const diff = new Int32Array(months.length + 1);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const from = c.monthFrom[p]!;
    if (from < 0) continue;
    // An end before the start still counts the start month (as eventMonths does).
    const to = Math.min(Math.max(from, c.monthTo[p]!), from + MAX_EVENT_MONTHS - 1);
    const lo = Math.max(from - base, 0);
    const hi = Math.min(to - base, months.length - 1);
    if (lo > hi) continue;
    diff[lo]!++;
    diff[hi + 1]!--;
  }
  let running = 0;
  return months.map((month, m) => ({ month, count: (running += diff[m]!) }));
}

export function periodMonths(period: Period): string[] {
  return monthsBetween(period.start, period.end, 120);
}

const DAY_MS = 86_400_000;

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

/** Monday-based weeks covering the period (counts at 0) and the day number of the first Monday. */
function periodWeeks(period: Period): { weeks: WeekCount[]; firstMonday: number } {
  const first = isoDay(period.start);
  const last = isoDay(period.end);
  // 1970-01-01 was a Thursday: shift so that weeks start on Monday.
  const firstMonday = first - ((first + 3) % 7);
  const weeks: WeekCount[] = [];
  for (let d = firstMonday; d <= last; d += 7) weeks.push({ start: dayIso(d), end: dayIso(d + 6), count: 0 });
  return { weeks, firstMonday };
}

/** Monday-based weeks covering the period, with the number of events active in each. */
function countEventsByWeek(events: readonly ReportEvent[], period: Period): WeekCount[] {
  const { weeks, firstMonday } = periodWeeks(period);
  const { positions, c } = columnsOf(events);
  // Week w (days firstMonday + 7w … + 6) overlaps days s…t when ceil((s − firstMonday − 6) / 7) ≤ w ≤
  // floor((t − firstMonday) / 7): one difference-array update per event instead of a loop over weeks.
  const diff = new Int32Array(weeks.length + 1);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const s = c.startDay[p]!;
    const t = c.lastDay[p]!;
    if (Number.isNaN(s) || Number.isNaN(t)) continue; // undated (or a date no calendar has)
    const lo = Math.max(Math.ceil((s - firstMonday - 6) / 7), 0);
    const hi = Math.min(Math.floor((t - firstMonday) / 7), weeks.length - 1);
    if (lo > hi) continue;
    diff[lo]!++;
    diff[hi + 1]!--;
  }
  let running = 0;
  weeks.forEach((w, i) => (w.count = running += diff[i]!));
  return weeks;
}

/**
 * Answers are remembered per events array (and period), frozen so no caller can change a shared one:
 * the overview's cards and charts and the press text ask the same questions about the same rows.
 */
function remembered<A extends unknown[], R>(
  count: (events: readonly ReportEvent[], ...rest: A) => R,
  key: (...rest: A) => string = () => '',
): (events: readonly ReportEvent[], ...rest: A) => R {
  const answers = new WeakMap<readonly ReportEvent[], Map<string, { size: number; value: R }>>();
  return (events, ...rest) => {
    let byKey = answers.get(events);
    if (!byKey) answers.set(events, (byKey = new Map()));
    const k = key(...rest);
    const known = byKey.get(k);
    if (known && known.size === events.length) return known.value;
    const value = deepFreeze(count(events, ...rest));
    byKey.set(k, { size: events.length, value });
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const periodKey = (period: Period) => `${period.start}/${period.end}`;

/** Events per sector, most first; ties keep report order (the order sectors first appear). */
export const eventsBySector = remembered(countEventsBySector);
/** Events per partner country, most first; ties by code for a stable order. */
export const eventsByCountry = remembered(countEventsByCountry);
/** Participants, honestly: people and organisations are never added together. */
export const participantsSummary = remembered(countParticipantsSummary);
/** Participants per sector (people and organisations kept apart), in eventsBySector order. */
export const participantsBySector = remembered(countParticipantsBySector);
/** Months of the period (YYYY-MM) with the number of events whose dates touch each. */
export const eventsByMonth = remembered(countEventsByMonth, periodKey);
/** Monday-based weeks covering the period, with the number of events active in each. */
export const eventsByWeek = remembered(countEventsByWeek, periodKey);

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

/** ISO date as a number with the same order as the text (YYYYMMDD). */
function dateKey(iso: string): number {
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

interface TimelineOrder {
  /** Positions of the dated events, earliest first (then shorter first, then report order). */
  order: Uint32Array;
  /** Per position: the span's first and last day as dateKey (the end never before the start). */
  startKey: Float64Array;
  endKey: Float64Array;
}

const timelineOrders = new WeakMap<readonly ReportEvent[], TimelineOrder>();

/** The timeline order of a whole report, computed once (like the table's sort orders). */
function timelineOrder(source: readonly ReportEvent[]): TimelineOrder {
  const cached = timelineOrders.get(source);
  if (cached && cached.startKey.length === source.length) return cached;
  const startKey = new Float64Array(source.length).fill(NaN);
  const endKey = new Float64Array(source.length).fill(NaN);
  const dated: number[] = [];
  source.forEach((e, p) => {
    if (!e.dates.start) return;
    startKey[p] = dateKey(e.dates.start);
    endKey[p] = e.dates.end && e.dates.end >= e.dates.start ? dateKey(e.dates.end) : startKey[p]!;
    dated.push(p);
  });
  const order = Uint32Array.from(dated).sort(
    (a, b) => startKey[a]! - startKey[b]! || endKey[a]! - endKey[b]! || source[a]!.number - source[b]!.number || a - b,
  );
  const result = { order, startKey, endKey };
  timelineOrders.set(source, result);
  return result;
}

function span(e: ReportEvent): TimelineSpan {
  const start = e.dates.start!;
  const end = e.dates.end && e.dates.end >= start ? e.dates.end : start;
  return {
    id: e.id,
    number: e.number,
    title: e.title,
    sectorId: e.sector.id,
    start,
    end,
    days: isoDay(end) - isoDay(start) + 1,
    online: e.place.online,
  };
}

/**
 * Dated events as spans for a Gantt-like strip, earliest first (then shorter first, then report
 * order); events without dates cannot be placed and are only counted. `limit` keeps only the first
 * spans (a strip of 100 000 bars is no picture); `dated` still counts them all.
 */
export function timelineSpans(
  events: readonly ReportEvent[],
  limit = Infinity,
): { spans: TimelineSpan[]; undated: number; dated: number } {
  const { source, positions } = asView(events);
  const { order, startKey } = timelineOrder(source);
  const inView = new Uint8Array(source.length);
  let dated = 0;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    inView[p] = 1;
    if (!Number.isNaN(startKey[p]!)) dated++;
  }
  // Walk the report's timeline order, keeping this subset's events, until the limit.
  const spans: TimelineSpan[] = [];
  for (let k = 0; k < order.length && spans.length < limit; k++)
    if (inView[order[k]!]) spans.push(span(source[order[k]!]!));
  return { spans, undated: positions.length - dated, dated };
}

/**
 * For each week, the report numbers of the events whose span (timelineSpans) touches it, ascending;
 * at most `limit` numbers per week, with `total` telling how many there are.
 */
export function weekEventNumbers(
  events: readonly ReportEvent[],
  weeks: readonly WeekCount[],
  limit = Infinity,
): { numbers: number[]; total: number }[] {
  const { source, positions } = asView(events);
  const { first, last } = spanWeeks(source, weeks);
  // Totals with a difference array over each span's range of weeks.
  const diff = new Int32Array(weeks.length + 1);
  const inView = new Uint8Array(source.length);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    inView[p] = 1;
    if (first[p]! > last[p]!) continue; // undated, or outside every week
    diff[first[p]!]!++;
    diff[last[p]! + 1]!--;
  }
  let running = 0;
  const totals = weeks.map((_, w) => (running += diff[w]!));
  // The smallest numbers first: walk the report in number order until every week has its share.
  const wanted = totals.map((t) => Math.min(t, limit));
  const lists: number[][] = weeks.map(() => []);
  let open = wanted.filter((n) => n > 0).length;
  const byNumber = numberOrder(source);
  for (let k = 0; k < byNumber.length && open > 0; k++) {
    const p = byNumber[k]!;
    if (!inView[p]) continue;
    for (let w = first[p]!; w <= last[p]!; w++) {
      const list = lists[w]!;
      if (list.length >= wanted[w]!) continue;
      list.push(source[p]!.number);
      if (list.length === wanted[w]) open--;
    }
  }
  return lists.map((numbers, w) => ({ numbers, total: totals[w]! }));
}

const spanWeekCache = new WeakMap<readonly ReportEvent[], { key: string; first: Int32Array; last: Int32Array }>();

/**
 * Per event of a report, the first and last of `weeks` its span touches (first > last: none),
 * compared as ISO text like the spans themselves; computed once per report and set of weeks.
 */
function spanWeeks(source: readonly ReportEvent[], weeks: readonly WeekCount[]) {
  const key = weeks.map((w) => w.start).join(' ');
  const cached = spanWeekCache.get(source);
  if (cached && cached.key === key && cached.first.length === source.length) return cached;
  const { startKey, endKey } = timelineOrder(source);
  const weekStart = weeks.map((w) => dateKey(w.start));
  const weekEnd = weeks.map((w) => dateKey(w.end));
  const first = new Int32Array(source.length).fill(1);
  const last = new Int32Array(source.length);
  for (let p = 0; p < source.length; p++) {
    const s = startKey[p]!;
    if (Number.isNaN(s)) continue;
    const t = endKey[p]!;
    // Weeks are in order: the first whose end is not before s, the last whose start is not after t.
    let lo = 0;
    while (lo < weeks.length && weekEnd[lo]! < s) lo++;
    let hi = weeks.length - 1;
    while (hi >= 0 && weekStart[hi]! > t) hi--;
    first[p] = lo;
    last[p] = hi;
  }
  const result = { key, first, last };
  spanWeekCache.set(source, result);
  return result;
}

const numberOrders = new WeakMap<readonly ReportEvent[], Uint32Array>();

/** Positions of a report's events by report number (then position), computed once per report. */
function numberOrder(source: readonly ReportEvent[]): Uint32Array {
  const cached = numberOrders.get(source);
  if (cached && cached.length === source.length) return cached;
  const order = Uint32Array.from(source.keys()).sort((a, b) => source[a]!.number - source[b]!.number || a - b);
  numberOrders.set(source, order);
  return order;
}

/** Day offset of an ISO date from the start of a period (0 for the first day). */
export function dayOffset(iso: string, periodStart: string): number {
  return isoDay(iso) - isoDay(periodStart);
}
