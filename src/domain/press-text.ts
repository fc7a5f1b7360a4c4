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
import { periodLabel, processedLabel } from './export-context';
import { isFiltered, type EventFilters } from './filters';
import {
  countriesSummary,
  foreignParticipantsSummary,
  foreignParticipationCount,
  outcomesSummary,
  roleBreakdown,
  statedCountriesWords,
  type CountingRole,
  type CountriesSummary,
} from './involvement';
import type { Report } from './report-schema';
import { romanQuarter } from '../lib/calendar';
import { formatDayMonth, formatMonthName, formatNumber, formatPercent } from '../lib/format';
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

/**
 * «с 1 февраля по 15 марта 2026 года», «с 9 по 15 февраля 2026 года» (the month once within a month),
 * «1 марта 2026 года» for one day; the year is repeated only when the range crosses one.
 */
export function rangePhrase(from: string, to: string): string {
  const fromYear = from.slice(0, 4);
  const toYear = to.slice(0, 4);
  if (from === to) return `${formatDayMonth(to)} ${toYear} года`;
  if (from.slice(0, 7) === to.slice(0, 7))
    return `с ${Number(from.slice(8, 10))} по ${formatDayMonth(to)} ${toYear} года`;
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
  if (hasRange) return range().startsWith('с ') ? `в период ${range()}` : range();
  return quarter;
}

/**
 * One country's part of the opening sentence by its roles in these events: «на территории Республики
 * Казахстан», «с участием граждан и жителей Федеративной Республики Германия»; several roles
 * keep «с участием Республики Беларусь» (the role sentence then says which).
 */
const ROLE_SCOPE: Readonly<Record<CountingRole, (genitive: string) => string>> = {
  held: (g) => `на территории ${g}`,
  official: (g) => `с участием официальных лиц и организаций ${g}`,
  people: (g) => `с участием граждан и жителей ${g}`,
  speakers: (g) => `с выступлениями представителей ${g}`,
};

function countryScope(view: EventsView, filters: EventFilters): string | null {
  if (filters.countries.length !== 1) return null;
  const code = filters.countries[0]!;
  const roles = roleBreakdown(view, code);
  const genitive = countryNames(code).genitive;
  // Only one role, and in every event of the view: the phrase can say it.
  if (roles.length === 1 && roles[0]!.count === view.size) return ROLE_SCOPE[roles[0]!.role](genitive);
  return null;
}

/** The phrases of the dimensions that put words in one part of the opening sentence, in their order. */
function pressPhrases(
  part: 'scope' | 'selection',
  filters: EventFilters,
  labels: LabelContext,
  country: string | null = null,
): string[] {
  return DIMENSIONS.flatMap((d) =>
    d.press?.part === part ? [{ ...d.press, isCountry: d.params.includes('country') }] : [],
  )
    .sort((a, b) => a.order - b.order)
    .flatMap((p) => (p.isCountry && country !== null ? country : (p.phrase(filters, labels) ?? [])));
}

/** The filter as words that follow «мероприятия»: «в сфере … с участием … (отбор: …)». */
function scopePhrase(view: EventsView, filters: EventFilters): string {
  const labels: LabelContext = view.model;
  const parts = pressPhrases('scope', filters, labels, countryScope(view, filters));
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
  const scope = scopePhrase(view, filters);
  if (view.size === 0) return `${when} международные мероприятия${scope} в отчёте не отмечены.`;
  const who = isFiltered(filters) ? null : organisers(report);
  return `${when}${who ? ` ${who}` : ''} проведено ${countOf(view.size, FORMS.intlEvent)}${scope}.`;
}

function shareSentence({ view, filters }: PressInput): string | null {
  const total = view.model.size;
  if (!isFiltered(filters) || view.size === 0 || total === 0) return null;
  return `Это ${formatPercent(view.size / total)} от общего числа международных мероприятий за квартал (${formatNumber(total)}).`;
}

/** The countries with the most events (every one that ties for first), or null when there are none. */
export function leadingCountries<T extends { count: number }>(
  sorted: readonly T[],
): { items: T[]; count: number } | null {
  const count = sorted[0]?.count;
  return count === undefined ? null : { items: sorted.filter((c) => c.count === count), count };
}

/** «названо 8 стран; в одном мероприятии — представители более 12 стран» */
export function countriesPhrase(summary: CountriesSummary): string {
  const named = `${pluralize(summary.named, ['названа', 'названо', 'названо'])} ${countOf(summary.named, FORMS.country)}`;
  if (!summary.stated) return named;
  const stated = statedCountriesWords(summary.stated.stated, (n) => countOf(n, FORMS.countryGen));
  return `${named}; в одном мероприятии — представители ${stated}`;
}

/** «Беларусь (23 мероприятия), Казахстан (4 мероприятия), Китай и Индия (по 2 мероприятия)»: ties grouped. */
function countedNames(items: readonly { code: string; count: number }[], single: boolean): string {
  if (single) return joinRu(items.map((c) => countryNames(c.code).short));
  const groups: { codes: string[]; count: number }[] = [];
  for (const c of items) {
    const last = groups[groups.length - 1];
    if (last && last.count === c.count) last.codes.push(c.code);
    else groups.push({ codes: [c.code], count: c.count });
  }
  const parts = groups.map((g) =>
    g.codes.length === 1
      ? `${countryNames(g.codes[0]!).short} (${countOf(g.count, FORMS.event)})`
      : `${joinRu(g.codes.map((c) => countryNames(c).short))} (по ${countOf(g.count, FORMS.eventPo)})`,
  );
  // «A (2), B и C (по 1)»: an «и» inside the last group already ends the list.
  return parts.length > 1 && !parts[parts.length - 1]!.includes(' и ') ? joinRu(parts) : parts.join(', ');
}

function countriesSentence({ view, filters }: PressInput): string | null {
  const counts = eventsByCountry(view).filter((c) => !filters.countries.includes(c.code));
  if (counts.length === 0) return null;
  const single = view.size === 1;
  const { items, complete } = leaders(counts);
  const total = countOf(counts.length, FORMS.partnerCountry);
  const verb = pluralize(counts.length, ['названа', 'названы', 'названы']);
  // «названы 4 страны-партнёра: A, B, C и D» / «… 8 стран-партнёров; чаще всего — A, B и C» / «… 12 стран»
  const list = complete
    ? `: ${countedNames(items, single)}`
    : items.length > 0 && items.length < counts.length
      ? `; чаще всего — ${countedNames(items, single)}`
      : '';
  if (filters.countries.length > 0) {
    const chosen = joinRu(filters.countries.map((c) => countryNames(c).genitive));
    const where = single ? 'в этом мероприятии' : 'в этих мероприятиях';
    return `Кроме ${chosen}, ${where} ${verb} ещё ${total}${list}.`;
  }
  return `${single ? 'В мероприятии' : 'В мероприятиях'} ${verb} ${total}${list}.`;
}

/** «В одном мероприятии, по данным отчёта, участвовали представители более 12 стран.» */
function statedCountriesSentence({ view }: PressInput): string | null {
  const { stated } = countriesSummary(view);
  if (!stated) return null;
  const words = statedCountriesWords(stated.stated, (n) => countOf(n, FORMS.countryGen));
  return `${view.size === 1 ? 'По данным отчёта, в мероприятии' : 'В одном из мероприятий, по данным отчёта,'} участвовали представители ${words}.`;
}

/** What one filtered country was in its events: held there, officials, citizens, speakers. */
function rolesSentence({ view, filters }: PressInput): string | null {
  if (filters.countries.length !== 1 || view.size === 0) return null;
  const code = filters.countries[0]!;
  const roles = roleBreakdown(view, code);
  if (roles.length < 2) return null; // one role is already said in the opening sentence
  const g = countryNames(code).genitive;
  const clause: Record<CountingRole, (n: number) => string> = {
    held: (n) => `на территории ${g} ${pluralize(n, FORMS.tookPlace)} ${countOf(n, FORMS.event)}`,
    official: (n) => `официальные лица и организации ${g} участвовали в ${countOf(n, FORMS.eventPrep)}`,
    people: (n) => `граждане и жители ${g} — в ${countOf(n, FORMS.eventPrep)}`,
    speakers: (n) => `представители ${g} выступали спикерами в ${countOf(n, FORMS.eventPrep)}`,
  };
  return `${capitalize(roles.map((r) => clause[r.role](r.count)).join('; '))}.`;
}

/** «Из 34 мероприятий 30 прошли за рубежом или с иностранным участием.» */
function foreignEventsSentence({ view, filters }: PressInput): string | null {
  if (filters.countries.length > 0 || view.size < 2) return null;
  const n = foreignParticipationCount(view);
  if (n === 0) return null;
  if (n === view.size) return 'Все мероприятия прошли за рубежом или с иностранным участием.';
  return `Из ${countOf(view.size, FORMS.eventGen)} ${formatNumber(n)} ${pluralize(n, FORMS.tookPlace)} за рубежом или с иностранным участием.`;
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
  const total = `Мероприятия прошли по ${countOf(sectors.length, FORMS.sectorDat)}`;
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

/** «не менее 6 778 участий»: a sum over events counts participations (one person at two events twice). */
export function participationsQuantity(total: CountTotal): string {
  return total.atLeast
    ? `не менее ${countOf(total.total, FORMS.participationGen)}`
    : countOf(total.total, FORMS.participation);
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
  const { people, organizations } = summary;
  if (people.events > 0)
    clauses.push(
      view.size === 1
        ? `в мероприятии ${took(people, 'people')}`
        : people.events === 1
          ? `в ${countOf(1, FORMS.eventPrep)} ${took(people, 'people')}`
          : `в ${countOf(people.events, FORMS.eventPrep)} с указанным числом участников — ${participationsQuantity(people)} (участник нескольких мероприятий учтён в каждом)`,
    );
  if (organizations.events > 0) {
    const also = clauses.length > 0 ? 'ещё ' : '';
    const where = view.size === 1 ? 'в мероприятии' : `в ${countOf(organizations.events, FORMS.eventPrep)}`;
    clauses.push(`${also}${where} ${took(organizations, 'organizations')}`);
  }
  out.push(`${capitalize(clauses.join('; '))}.`);
  const foreign = foreignParticipantsSummary(view);
  if (foreign.events > 0) {
    const where = view.size === 1 ? '' : ` в ${countOf(foreign.events, FORMS.eventPrep)}`;
    const basis =
      foreign.derived.events === 0
        ? 'указано в отчёте'
        : foreign.stated.events === 0
          ? 'выведено из состава участников'
          : `${formatNumber(foreign.stated.total)} указано в отчёте, ${formatNumber(foreign.derived.total)} выведено из состава участников`;
    out.push(`Иностранных участников${where} — ${countOf(foreign.total, FORMS.people)} (${basis}).`);
  }
  if (summary.unstated > 0) out.push(`По ${countOf(summary.unstated, FORMS.eventDat)} число участников не указано.`);
  return out;
}

/** «По итогам 2 мероприятий подписано 3 соглашения. Ещё в 3 мероприятиях достигнуты договорённости.» */
function outcomesSentences({ view }: PressInput): string[] {
  const o = outcomesSummary(view);
  const out: string[] = [];
  if (o.agreementEvents > 0) {
    const count = o.atLeast
      ? `не менее ${countOf(o.agreements, FORMS.agreementGen)}`
      : countOf(o.agreements, FORMS.agreement);
    const verb = 'подписано';
    out.push(
      view.size === 1
        ? `По итогам мероприятия ${verb} ${count}.`
        : `По итогам ${countOf(o.agreementEvents, FORMS.eventGen)} ${verb} ${count}.`,
    );
  }
  const arrangementEvents = new Set(o.arrangementList.map((a) => a.eventId)).size;
  if (arrangementEvents > 0)
    out.push(
      view.size === 1
        ? 'По итогам мероприятия достигнуты договорённости.'
        : `${o.agreementEvents > 0 ? 'Ещё в' : 'В'} ${countOf(arrangementEvents, FORMS.eventPrep)} достигнуты договорённости.`,
    );
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
    foreignEventsSentence(input),
    countriesSentence(input),
    statedCountriesSentence(input),
    rolesSentence(input),
    sectorsSentence(input),
    monthsSentence(input),
    ...participantsSentences(input),
    ...outcomesSentences(input),
    onlineSentence(input),
    delegationSentence(input),
  ].filter((s): s is string => s !== null);
}

/**
 * «Источник: <отчёт>. Отчётный период: I квартал 2026 года (…). Файл отчёта обработан 28 ноября 2026 г.» —
 * the period is the report's date; the processing date is only when the file was read.
 */
export function pressSource(report: Report): string {
  const title = report.title.replace(/[.\s]+$/, '');
  return `Источник: ${title}. Отчётный период: ${periodLabel(report)}. Файл отчёта обработан ${processedLabel(report)}`;
}

/** Plain text for the clipboard: the sentences as one paragraph, then the source line. */
export function pressText(input: PressInput): string {
  return `${pressSentences(input).join(' ')}\n\n${pressSource(input.view.model.report)}`;
}
