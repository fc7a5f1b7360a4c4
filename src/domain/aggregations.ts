// Aggregations over a view of a prepared report. Every figure on the overview, in press texts and
// country briefs comes from here, so the same question always gets the same answer. They count from
// the report's typed columns (columns.ts) at the view's positions: a filtered view of 100 000 events
// costs a loop over numbers, and no date is parsed more than once per report. Each answer is kept on
// the view it was asked about (EventsView.memo), because cards, charts and press text ask in turn.
import { dateKey, isoDay, monthNumber, monthsBetween, weeksBetween, type Week } from '../lib/calendar';
import type { EventColumns } from './columns';
import type { EventsView } from './events-view';
import type { PreparedReport } from './prepared-report';
import type { Period, ReportEvent } from './report-schema';

export interface SectorCount {
  id: string;
  name: string;
  count: number;
}

/** Events per sector, most first; ties keep report order (the order sectors first appear). */
export function eventsBySector(view: EventsView): SectorCount[] {
  return view.memo('bySector', () => {
    const { positions, model } = view;
    const c = model.columns;
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
      .map((s) => ({ id: c.sectorIds[s]!, name: model.events[firstAt[s]!]!.sector.name, count: counts[s]! }))
      .sort((a, b) => b.count - a.count);
  });
}

export interface CountryCount {
  code: string;
  count: number;
}

/** Events per partner country, most first; ties by code for a stable order. */
export function eventsByCountry(view: EventsView): CountryCount[] {
  return view.memo('byCountry', () => {
    const { positions } = view;
    const c = view.model.columns;
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
  });
}

export function onlineEventCount(view: EventsView): number {
  return view.memo('online', () => {
    const { positions } = view;
    const { online } = view.model.columns;
    let n = 0;
    for (let k = 0; k < positions.length; k++) n += online[positions[k]!]!;
    return n;
  });
}

/** Events naming at least one partner country. */
export function eventsWithPartner(view: EventsView): number {
  return view.memo('withPartner', () => {
    const { positions } = view;
    const { countryStart } = view.model.columns;
    let n = 0;
    for (let k = 0; k < positions.length; k++) if (countryStart[positions[k]! + 1]! > countryStart[positions[k]!]!) n++;
    return n;
  });
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
export function participantsSummary(view: EventsView): ParticipantsSummary {
  return view.memo('participants', () => {
    const summary = emptySummary();
    for (let k = 0; k < view.positions.length; k++) addParticipants(summary, view.model.columns, view.positions[k]!);
    return summary;
  });
}

export interface SectorParticipants extends SectorCount {
  people: CountTotal;
  organizations: CountTotal;
  unstated: number;
}

/** Participants per sector (people and organisations kept apart), in eventsBySector order. */
export function participantsBySector(view: EventsView): SectorParticipants[] {
  return view.memo('participantsBySector', () => {
    const { positions } = view;
    const c = view.model.columns;
    const bySector = c.sectorIds.map(emptySummary);
    for (let k = 0; k < positions.length; k++) addParticipants(bySector[c.sector[positions[k]!]!]!, c, positions[k]!);
    const sectorAt = new Map(c.sectorIds.map((id, s) => [id, s]));
    return eventsBySector(view).map((sector) => {
      const summary = bySector[sectorAt.get(sector.id)!]!;
      return { ...sector, people: summary.people, organizations: summary.organizations, unstated: summary.unstated };
    });
  });
}

export interface MonthCount {
  month: string;
  count: number;
}

/** An event is counted in at most this many months (the guard against absurd ranges). */
const MAX_EVENT_MONTHS = 240;

/** Months of the period (YYYY-MM). */
export function periodMonths(period: Period): string[] {
  return monthsBetween(period.start, period.end, 120);
}

/** Months of the report period (YYYY-MM) with the number of events whose dates touch each. */
export function eventsByMonth(view: EventsView): MonthCount[] {
  return view.memo('byMonth', () => {
    const months = periodMonths(view.model.report.period);
    const { positions } = view;
    const c = view.model.columns;
    // Period months are consecutive: count with a difference array over their numbers.
    const base = monthNumber(months[0]!);
    const diff = new Int32Array(months.length + 1);
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k]!;
      const from = c.monthFrom[p]!;
      if (from < 0) continue;
      // An end before the start still counts the start month (calendar.ts monthsBetween).
      const to = Math.min(Math.max(from, c.monthTo[p]!), from + MAX_EVENT_MONTHS - 1);
      const lo = Math.max(from - base, 0);
      const hi = Math.min(to - base, months.length - 1);
      if (lo > hi) continue;
      diff[lo]!++;
      diff[hi + 1]!--;
    }
    let running = 0;
    return months.map((month, m) => ({ month, count: (running += diff[m]!) }));
  });
}

export interface WeekCount extends Week {
  /** Events taking place on at least one day of the week. */
  count: number;
}

/** Monday-based weeks covering the report period. */
export function periodWeeks(period: Period): Week[] {
  return weeksBetween(period.start, period.end);
}

/** Monday-based weeks covering the report period, with the number of events active in each. */
export function eventsByWeek(view: EventsView): WeekCount[] {
  return view.memo('byWeek', () => {
    const { period } = view.model.report;
    const weeks: WeekCount[] = periodWeeks(period).map((w) => ({ ...w, count: 0 }));
    const firstMonday = weeks.length > 0 ? isoDay(weeks[0]!.start) : 0;
    const { positions } = view;
    const c = view.model.columns;
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
  });
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

interface TimelineOrder {
  /** Positions of the dated events, earliest first (then shorter first, then report order). */
  order: Uint32Array;
  /** Per position: the span's first and last day as dateKey (the end never before the start). */
  startKey: Float64Array;
  endKey: Float64Array;
}

/** The timeline order of a whole report, computed once per report (like the table's sort orders). */
function timelineOrder(model: PreparedReport): TimelineOrder {
  return model.derived('timeline', () => {
    const source = model.events;
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
      (a, b) =>
        startKey[a]! - startKey[b]! || endKey[a]! - endKey[b]! || source[a]!.number - source[b]!.number || a - b,
    );
    return { order, startKey, endKey };
  });
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

/** 1 at the report positions the view holds. */
function membership(view: EventsView): Uint8Array {
  const inView = new Uint8Array(view.model.size);
  for (let k = 0; k < view.positions.length; k++) inView[view.positions[k]!] = 1;
  return inView;
}

/**
 * Dated events as spans for a Gantt-like strip, earliest first (then shorter first, then report
 * order); events without dates cannot be placed and are only counted. `limit` keeps only the first
 * spans (a strip of 100 000 bars is no picture); `dated` still counts them all.
 */
export function timelineSpans(
  view: EventsView,
  limit = Infinity,
): { spans: TimelineSpan[]; undated: number; dated: number } {
  return view.memo(`timeline:${limit}`, () => {
    const { order, startKey } = timelineOrder(view.model);
    const inView = membership(view);
    let dated = 0;
    for (let k = 0; k < view.positions.length; k++) if (!Number.isNaN(startKey[view.positions[k]!]!)) dated++;
    // Walk the report's timeline order, keeping this view's events, until the limit.
    const spans: TimelineSpan[] = [];
    for (let k = 0; k < order.length && spans.length < limit; k++)
      if (inView[order[k]!]) spans.push(span(view.model.events[order[k]!]!));
    return { spans, undated: view.positions.length - dated, dated };
  });
}

/**
 * For each week of the report period (eventsByWeek's weeks), the report numbers of the events whose
 * span (timelineSpans) touches it, ascending; at most `limit` numbers per week, with `total` telling
 * how many there are.
 */
export function weekEventNumbers(view: EventsView, limit = Infinity): { numbers: number[]; total: number }[] {
  return view.memo(`weekNumbers:${limit}`, () => {
    const { model, positions } = view;
    const weeks = periodWeeks(model.report.period);
    const { first, last } = spanWeeks(model);
    // Totals with a difference array over each span's range of weeks.
    const diff = new Int32Array(weeks.length + 1);
    const inView = new Uint8Array(model.size);
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
    const byNumber = numberOrder(model);
    for (let k = 0; k < byNumber.length && open > 0; k++) {
      const p = byNumber[k]!;
      if (!inView[p]) continue;
      for (let w = first[p]!; w <= last[p]!; w++) {
        const list = lists[w]!;
        if (list.length >= wanted[w]!) continue;
        list.push(model.events[p]!.number);
        if (list.length === wanted[w]) open--;
      }
    }
    return lists.map((numbers, w) => ({ numbers, total: totals[w]! }));
  });
}

/**
 * Per event of a report, the first and last week of the period its span touches (first > last:
 * none), compared as ISO text like the spans themselves; computed once per report.
 */
function spanWeeks(model: PreparedReport): { first: Int32Array; last: Int32Array } {
  return model.derived('spanWeeks', () => {
    const weeks = periodWeeks(model.report.period);
    const { startKey, endKey } = timelineOrder(model);
    const weekStart = weeks.map((w) => dateKey(w.start));
    const weekEnd = weeks.map((w) => dateKey(w.end));
    const first = new Int32Array(model.size).fill(1);
    const last = new Int32Array(model.size);
    for (let p = 0; p < model.size; p++) {
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
    return { first, last };
  });
}

/** Positions of a report's events by report number (then position), computed once per report. */
function numberOrder(model: PreparedReport): Uint32Array {
  return model.derived('numberOrder', () => {
    const source = model.events;
    return Uint32Array.from(source.keys()).sort((a, b) => source[a]!.number - source[b]!.number || a - b);
  });
}

/** Day offset of an ISO date from the start of a period (0 for the first day). */
export function dayOffset(iso: string, periodStart: string): number {
  return isoDay(iso) - isoDay(periodStart);
}
