// Ready-to-quote Russian sentences for the press office, generated from the filtered events.
// Every figure comes from aggregations.ts; the wording keeps lower bounds («не менее») and unstated
// counts honest, and every number agrees with its noun through Intl.PluralRules (pluralize/countOf).
import {
  delegationMeetings,
  eventsByCountry,
  eventsByMonth,
  eventsBySector,
  onlineEventCount,
  participantsSummary,
  type CountTotal,
} from './aggregations';
import { countryNames } from './countries';
import { DIMENSIONS, sectorPhrase, type LabelContext } from './dimensions';
import type { EventsView } from './events-view';
import { isFiltered, type EventFilters } from './filters';
import type { Report } from './report-schema';
import { romanQuarter } from '../lib/calendar';
import { formatDate, formatDayMonth, formatMonthName, formatNumber, formatPercent } from '../lib/format';
import { countOf, FORMS, joinRu, pluralize } from '../lib/lexicon';

/** Prepositional month names: «в феврале». Intl has no prepositional case, so they are listed. */
const MONTHS_PREP = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];

export interface PressInput {
  /** The events of the current view (already filtered); its model is the report. */
  view: EventsView;
  filters: EventFilters;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The first `n` items of a list sorted by count, widened to include ties with the last one (up to
 * `max`), so «больше всего» never names one of several equal items arbitrarily. `complete` says
 * whether the list covers every item.
 */
export function leaders<T extends { count: number }>(
  sorted: readonly T[],
  n = 3,
  max = 5,
): { items: T[]; complete: boolean } {
  if (sorted.length <= max) return { items: [...sorted], complete: true };
  const cutoff = sorted[n - 1]!.count;
  let items = sorted.filter((s) => s.count >= cutoff);
  if (items.length > max) items = sorted.filter((s) => s.count > cutoff);
  return { items, complete: false };
}

/** «с 1 февраля по 15 марта 2026 года»; the year is repeated only when the range crosses one. */
function rangePhrase(from: string, to: string): string {
  const fromYear = from.slice(0, 4);
  const toYear = to.slice(0, 4);
  const start = fromYear === toYear ? formatDayMonth(from) : `${formatDayMonth(from)} ${fromYear} года`;
  return `с ${start} по ${formatDayMonth(to)} ${toYear} года`;
}

/** «в январе и феврале 2026 года», grouped by year. */
function monthsPhrase(months: readonly string[]): string {
  const byYear = new Map<string, string[]>();
  for (const m of [...months].sort()) {
    const year = m.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), MONTHS_PREP[Number(m.slice(5, 7)) - 1]!]);
  }
  return `в ${joinRu([...byYear].map(([year, names]) => `${joinRu(names)} ${year} года`))}`;
}

/** What time the figures cover, as a sentence opening: «в I квартале 2026 года». */
export function periodPhrase(report: Report, filters: EventFilters): string {
  const { period } = report;
  const quarter = `в ${romanQuarter(period.quarter)} квартале ${period.year} года`;
  const hasRange = filters.from !== null || filters.to !== null;
  // A range is clamped to the report period: the report says nothing about days outside it.
  const range = () => {
    const from = filters.from && filters.from > period.start ? filters.from : period.start;
    const to = filters.to && filters.to < period.end ? filters.to : period.end;
    return rangePhrase(from, to);
  };
  if (filters.months.length > 0)
    return hasRange ? `${monthsPhrase(filters.months)} (в пределах ${range()})` : monthsPhrase(filters.months);
  if (hasRange) return `в период ${range()}`;
  return quarter;
}

/** The phrases of the dimensions that put words in one part of the opening sentence, in their order. */
function pressPhrases(part: 'scope' | 'selection', filters: EventFilters, labels: LabelContext): string[] {
  return DIMENSIONS.flatMap((d) => (d.press?.part === part ? [d.press] : []))
    .sort((a, b) => a.order - b.order)
    .flatMap((p) => p.phrase(filters, labels) ?? []);
}

/** The filter as words that follow «мероприятия»: «по направлению … с участием … (отбор: …)». */
function scopePhrase(labels: LabelContext, filters: EventFilters): string {
  const parts = pressPhrases('scope', filters, labels);
  const selection = pressPhrases('selection', filters, labels);
  if (selection.length > 0) parts.push(`(отбор: ${selection.join('; ')})`);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/** Who held the events, taken from the report title («…, проведенных <кем> в I квартале …»). */
function organisers(report: Report): string | null {
  const match = /проведенн?ых\s+(.+?)\s+в\s+[IV]+\s+квартале/i.exec(report.title);
  return match ? match[1]! : null;
}

function totalsSentence({ view, filters }: PressInput): string {
  const { report } = view.model;
  const when = capitalize(periodPhrase(report, filters));
  const scope = scopePhrase(view.model, filters);
  if (view.size === 0) return `${when} международные мероприятия${scope} в отчёте не отмечены.`;
  const who = isFiltered(filters) ? null : organisers(report);
  return `${when}${who ? ` ${who}` : ''} проведено ${countOf(view.size, FORMS.intlEvent)}${scope}.`;
}

function shareSentence({ view, filters }: PressInput): string | null {
  const total = view.model.size;
  if (!isFiltered(filters) || view.size === 0 || total === 0) return null;
  return `Это ${formatPercent(view.size / total)} от общего числа международных мероприятий за квартал (${formatNumber(total)}).`;
}

function countriesSentence({ view, filters }: PressInput): string | null {
  const counts = eventsByCountry(view).filter((c) => !filters.countries.includes(c.code));
  if (counts.length === 0) return null;
  const single = view.size === 1;
  // With one event, «(1 мероприятие)» after every country would say nothing.
  const name = (c: (typeof counts)[number]) =>
    single ? countryNames(c.code).genitive : `${countryNames(c.code).genitive} (${countOf(c.count, FORMS.event)})`;
  const { items, complete } = leaders(counts);
  const list = joinRu(items.map(name));
  const total = countOf(counts.length, FORMS.countryGen);
  // «представители 4 стран: A, B, C и D» / «… 12 стран, чаще всего — A, B и C» / «… 12 стран»
  const who = complete
    ? counts.length === 1
      ? list
      : `${total}: ${list}`
    : items.length > 0
      ? `${total}, чаще всего — ${list}`
      : total;
  if (filters.countries.length > 0) {
    const chosen = joinRu(filters.countries.map((c) => countryNames(c).genitive));
    const where = single ? 'в этом мероприятии' : 'в этих мероприятиях';
    return `Кроме ${chosen}, ${where} участвовали представители ${counts.length === 1 ? '' : 'ещё '}${who}.`;
  }
  return `${single ? 'В мероприятии' : 'В мероприятиях'} участвовали представители ${who}.`;
}

function sectorsSentence({ view, filters }: PressInput): string | null {
  if (view.size === 0 || filters.sectors.length === 1) return null;
  const sectors = eventsBySector(view);
  if (sectors.length === 1) {
    const phrase = sectorPhrase(sectors[0]!.name);
    return view.size === 1 ? `Мероприятие проведено ${phrase}.` : `Все мероприятия проведены ${phrase}.`;
  }
  const { items, complete } = leaders(sectors);
  const list = joinRu(items.map((s) => `${sectorPhrase(s.name)} (${countOf(s.count, FORMS.event)})`));
  const total = `Мероприятия охватывают ${countOf(sectors.length, FORMS.sectorAcc)}`;
  if (complete) return `${total}: ${list}.`;
  return items.length > 0 ? `${total}; больше всего — ${list}.` : `${total}.`;
}

function monthsSentence({ view, filters }: PressInput): string | null {
  if (view.size < 3 || filters.months.length > 0) return null;
  const months = eventsByMonth(view);
  const max = Math.max(0, ...months.map((m) => m.count));
  if (max === 0) return null;
  const peak = months.filter((m) => m.count === max);
  const names = joinRu(peak.map((m) => formatMonthName(m.month)));
  const active = months.filter((m) => m.count > 0);
  if (active.length === 1 && max === view.size) return `Все мероприятия пришлись на ${names}.`;
  if (peak.length === 1) return `Больше всего мероприятий пришлось на ${names} (${countOf(max, FORMS.event)}).`;
  return `Больше всего мероприятий пришлось на ${names} (${countOf(max, FORMS.event)} в каждом).`;
}

/** «не менее 1 200 человек», «21 человек», «3 организации»: a stated count with its unit and certainty. */
export function participantsQuantity(count: number, unit: 'people' | 'organizations' | null, atLeast: boolean): string {
  const [forms, genitive] =
    unit === 'organizations' ? [FORMS.organization, FORMS.organizationGen] : [FORMS.people, FORMS.peopleGen];
  return atLeast ? `не менее ${countOf(count, genitive)}` : countOf(count, forms);
}

/** «приняли участие не менее 1 200 человек» / «принял участие 21 человек» / «приняла участие 1 организация». */
function took(total: CountTotal, unit: 'people' | 'organizations'): string {
  const singular = unit === 'organizations' ? 'приняла' : 'принял';
  const verb = total.atLeast ? 'приняли' : pluralize(total.total, [singular, 'приняли', 'приняли']);
  return `${verb} участие ${participantsQuantity(total.total, unit, total.atLeast)}`;
}

function participantsSentences({ view }: PressInput): string[] {
  if (view.size === 0) return [];
  const summary = participantsSummary(view);
  const out: string[] = [];
  if (summary.unstated === view.size) {
    out.push(
      view.size === 1
        ? 'Число участников мероприятия в отчёте не указано.'
        : 'Число участников ни одного из этих мероприятий в отчёте не указано.',
    );
    return out;
  }
  const clauses: string[] = [];
  const where = (n: number) => (view.size === 1 ? 'в мероприятии' : `в ${countOf(n, FORMS.eventPrep)}`);
  if (summary.people.events > 0) clauses.push(`${where(summary.people.events)} ${took(summary.people, 'people')}`);
  if (summary.organizations.events > 0) {
    const also = clauses.length > 0 ? 'ещё ' : '';
    clauses.push(`${also}${where(summary.organizations.events)} ${took(summary.organizations, 'organizations')}`);
  }
  out.push(`${capitalize(clauses.join('; '))}.`);
  if (summary.foreign.events > 0)
    out.push(
      `Число иностранных участников указано для ${countOf(summary.foreign.events, FORMS.eventGen)} — ${countOf(summary.foreign.total, FORMS.people)}.`,
    );
  if (summary.unstated > 0) out.push(`По ${countOf(summary.unstated, FORMS.eventDat)} число участников не указано.`);
  return out;
}

function onlineSentence({ view, filters }: PressInput): string | null {
  if (filters.format !== null || view.size === 0) return null;
  const online = onlineEventCount(view);
  if (online === 0) return null;
  if (view.size === 1) return 'Мероприятие прошло в дистанционном формате.';
  if (online === view.size) return 'Все мероприятия прошли в дистанционном формате.';
  return `В дистанционном формате ${pluralize(online, FORMS.tookPlace)} ${countOf(online, FORMS.event)}.`;
}

/** The report's closing note, quoted; only for the whole report, since the note names no countries or sectors. */
function delegationSentence({ view, filters }: PressInput): string | null {
  if (isFiltered(filters)) return null;
  const note = delegationMeetings(view.model.report.notes);
  if (!note) return null;
  const text = note.text.replace(/\s+/g, ' ').trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The sentences, in the order a release would use them. */
export function pressSentences(input: PressInput): string[] {
  return [
    totalsSentence(input),
    shareSentence(input),
    countriesSentence(input),
    sectorsSentence(input),
    monthsSentence(input),
    ...participantsSentences(input),
    onlineSentence(input),
    delegationSentence(input),
  ].filter((s): s is string => s !== null);
}

/** «Источник: <отчёт> (данные на 28 ноября 2026 г.).» */
export function pressSource(report: Report): string {
  return `Источник: ${report.title} (данные на ${formatDate(report.source.parsedAt.slice(0, 10))}).`;
}

/** Plain text for the clipboard: the sentences as one paragraph, then the source line. */
export function pressText(input: PressInput): string {
  return `${pressSentences(input).join(' ')}\n\n${pressSource(input.view.model.report)}`;
}
