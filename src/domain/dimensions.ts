// The filter dimensions, described once (Datasette's facet classes are the model). Each entry owns
// everything about its dimension: its URL parameters and how they are read and written, its chip, its
// words in export context and press text, its part of a file name, its column predicate and the
// object predicate with the same meaning (the tests' oracle), and, for a facet, its values, counter
// and panel control. The URL model (filters.ts), the engine (filter-engine.ts), the chips, exports,
// press text and the facet panel all iterate this table: a new dimension is one entry (plus its field
// in EventFilters) and its test.
import { isValidIsoDate, monthIso, monthNumber, monthsBetween } from '../lib/calendar';
import { formatDate, formatMonth } from '../lib/format';
import { joinRu } from '../lib/lexicon';
import { once } from '../lib/once';
import { countryFlag, countryNames } from './countries';
import type { EventFilters, EventFormat, ParseContext } from './filters';
import type { PreparedReport } from './prepared-report';
import type { ReportEvent } from './report-schema';
import { matchesSearch, searchMatches } from './search';

/** What labels need from the report: the sectors' names. PreparedReport provides it. */
export interface LabelContext {
  sectorName(id: string): string;
}

/**
 * Reports a URL value: refused (not applied, the default) or `applied` after a correction (dates swapped,
 * a query shortened), so the notice never says «not applied» about what was applied.
 */
export type Reject = (param: string, value: string, message: string, applied?: boolean) => void;

/** One removable chip of the active filter. */
export interface FilterChip {
  key: string;
  label: string;
  remove: (filters: EventFilters) => EventFilters;
}

/** Where a dimension's words go in the press text's opening sentence (press-text.ts). */
export interface PressPhrase {
  /** `scope`: after «мероприятия» («с участием …»); `selection`: inside «(отбор: …)». */
  part: 'scope' | 'selection';
  /** Position within its part: the sentence reads «по направлению … с участием … в очном формате». */
  order: number;
  phrase: (filters: EventFilters, labels: LabelContext) => string | null;
}

export type FacetKey = 'countries' | 'sectors' | 'months' | 'format' | 'hasParticipants';

export interface FacetOption {
  value: string;
  count: number;
  label: string;
  /** Flag emoji shown before the label (hidden from screen readers). */
  flag?: string;
}

/** Counts events per facet value; `add` is called with each counted event's position. */
export interface FacetCounter {
  add: (i: number) => void;
  /** Counts aligned with the facet's values. */
  counts: () => ArrayLike<number>;
}

export interface FacetSpec {
  key: FacetKey;
  /** Group title in the facet panel. */
  legend: string;
  control: 'checkbox' | 'radio';
  /** Radio facets: the option that clears the choice («Любой»); it counts every event. */
  anyLabel?: string;
  /** Shown when the report offers no value. */
  emptyText?: string;
  /** The values offered, from the whole report, so options do not jump as filters change. */
  values: (model: PreparedReport) => readonly string[];
  label: (value: string, model: PreparedReport) => { label: string; flag?: string };
  counter: (model: PreparedReport) => FacetCounter;
  isSelected: (filters: EventFilters, value: string) => boolean;
  select: (filters: EventFilters, value: string, on: boolean) => EventFilters;
}

export interface Dimension {
  /** URL parameters owned, in the order they are written. */
  params: readonly string[];
  parse: (params: URLSearchParams, context: ParseContext, reject: Reject) => Partial<EventFilters>;
  write: (filters: EventFilters, params: URLSearchParams) => void;
  /** How many choices are active (0: the dimension filters nothing). */
  active: (filters: EventFilters) => number;
  /** The fields that switch the dimension off. */
  clear: Partial<EventFilters>;
  chips: (filters: EventFilters, labels: LabelContext) => FilterChip[];
  /** The filter in words for export context: «Страны: Беларусь, Казахстан»; null when inactive. */
  describe: (filters: EventFilters, labels: LabelContext) => string | null;
  /** ASCII parts of an export's file name; never user text. */
  fileParts: (filters: EventFilters) => string[];
  press?: PressPhrase;
  /** Whether event i passes, from the typed columns; null when the dimension filters nothing. */
  predicate: (filters: EventFilters, model: PreparedReport) => ((i: number) => boolean) | null;
  /** The same question asked of one event object: the definition the column predicate is tested against. */
  matches: (event: ReportEvent, filters: EventFilters, searchKey: string | undefined) => boolean;
  facet?: FacetSpec;
}

const collator = once(() => new Intl.Collator('ru-RU'));
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_QUERY_LENGTH = 200;

function toggled(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** `selected` as a 0/1 flag per value of `known` (a column's dictionary); null when nothing is selected. */
function selection(selected: readonly string[], known: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  return Uint8Array.from(known, (k) => (selected.includes(k) ? 1 : 0));
}

/** Counts per value of a column dictionary, reported in the order of the facet's values. */
function dictionaryCounter(
  dictionary: readonly string[],
  values: readonly string[],
  add: (counts: Int32Array, i: number) => void,
): FacetCounter {
  const counts = new Int32Array(dictionary.length);
  const at = new Map(dictionary.map((v, k) => [v, k]));
  return {
    add: (i) => add(counts, i),
    counts: () => values.map((v) => counts[at.get(v)!] ?? 0),
  };
}

/**
 * «в сфере культуры и туризма» from «Сотрудничество в сфере культуры и туризма», «по общим направлениям
 * сотрудничества» from «Общие направления сотрудничества» (not «по направлению «Общие направления …»»);
 * otherwise quoted.
 */
export function sectorPhrase(name: string): string {
  const t = name.trim();
  const match = /^сотрудничество\s+(в\s.+)$/i.exec(t);
  if (match) return match[1]!;
  const general = /^общие\s+направления\s+(.+)$/i.exec(t);
  return general ? `по общим направлениям ${general[1]!}` : `по направлению «${t}»`;
}

/** «Экономического развития» from «Сотрудничество в сфере экономического развития». */
export function shortSectorName(name: string): string {
  const short = name.replace(/^Сотрудничество в (сфере )?/, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Whether the event's dates touch the ISO month `YYYY-MM`. */
function touchesMonth(event: ReportEvent, month: string): boolean {
  const { start, end } = event.dates;
  if (!start) return false;
  return start.slice(0, 7) <= month && (end ?? start).slice(0, 7) >= month;
}

type ListField = 'countries' | 'sectors' | 'months';

/**
 * A dimension whose value is a list of choices (countries, sectors, months): one URL parameter
 * repeated, a chip per choice, «Страна: …» / «Страны: …» in words, the choices in file names, and
 * a checkbox facet. The entry says only what differs: how a raw value is read and how one is named.
 */
function listDimension(spec: {
  field: ListField;
  param: string;
  /** The choice a raw URL value stands for, or why it is refused. */
  read: (raw: string, context: ParseContext) => string | { refused: string };
  /** Chip label of one choice. */
  chip: (value: string, labels: LabelContext) => string;
  /** One choice in the export's words. */
  name: (value: string, labels: LabelContext) => string;
  /** «Страна» / «Страны». */
  nouns: readonly [one: string, many: string];
  press?: PressPhrase;
  predicate: Dimension['predicate'];
  matches: (event: ReportEvent, value: string) => boolean;
  facet: Omit<FacetSpec, 'control' | 'isSelected' | 'select'>;
}): Dimension {
  const { field, param } = spec;
  return {
    params: [param],
    parse(params, context, reject) {
      const list: string[] = [];
      for (const raw of params.getAll(param)) {
        const value = spec.read(raw, context);
        if (typeof value !== 'string') reject(param, raw, value.refused);
        else if (!list.includes(value)) list.push(value);
      }
      return { [field]: list };
    },
    write: (f, params) => f[field].forEach((v) => params.append(param, v)),
    active: (f) => f[field].length,
    clear: { [field]: [] },
    chips: (f, labels) =>
      f[field].map((v) => ({
        key: `${param}-${v}`,
        label: spec.chip(v, labels),
        remove: (g) => ({ ...g, [field]: g[field].filter((x) => x !== v) }),
      })),
    describe: (f, labels) =>
      f[field].length === 0
        ? null
        : `${spec.nouns[f[field].length === 1 ? 0 : 1]}: ${f[field].map((v) => spec.name(v, labels)).join(', ')}`,
    fileParts: (f) => f[field],
    ...(spec.press ? { press: spec.press } : {}),
    predicate: spec.predicate,
    matches: (e, f) => f[field].length === 0 || f[field].some((v) => spec.matches(e, v)),
    facet: {
      ...spec.facet,
      control: 'checkbox',
      isSelected: (f, v) => f[field].includes(v),
      select: (f, v, on) => ({ ...f, [field]: toggled(f[field], v, on) }),
    },
  };
}

/** Countries by events in the whole report, most first, then by Russian name. */
function countryValues(model: PreparedReport): readonly string[] {
  return model.derived('facet:countries', () => {
    const totals = new Map<string, number>();
    for (const e of model.events) for (const code of e.countries) totals.set(code, (totals.get(code) ?? 0) + 1);
    return [...totals.keys()].sort(
      (a, b) => totals.get(b)! - totals.get(a)! || collator().compare(countryNames(a).short, countryNames(b).short),
    );
  });
}

const countries = listDimension({
  field: 'countries',
  param: 'country',
  read(raw, context) {
    const code = raw.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) return { refused: 'неизвестный код страны' };
    if (context.knownCountries && !context.knownCountries.has(code))
      return { refused: 'страна не встречается в отчёте' };
    return code;
  },
  // No flag: chips also name the filter in chart downloads, where a missing emoji font shows boxes.
  chip: (c) => countryNames(c).short,
  name: (c) => countryNames(c).short,
  nouns: ['Страна', 'Страны'],
  press: {
    part: 'scope',
    order: 2,
    phrase: (f) =>
      f.countries.length === 0
        ? null
        : `с участием ${joinRu(
            f.countries.map((c) => countryNames(c).genitive),
            'или',
          )}`,
  },
  predicate(f, { columns: c }) {
    const chosen = selection(f.countries, c.countryCodes);
    if (!chosen) return null;
    return (i) => {
      for (let k = c.countryStart[i]!; k < c.countryStart[i + 1]!; k++)
        if (chosen[c.countryList[k]!] === 1) return true;
      return false;
    };
  },
  matches: (e, code) => e.countries.includes(code),
  facet: {
    key: 'countries',
    legend: 'Страна',
    emptyText: 'В отчёте нет зарубежных стран.',
    values: countryValues,
    label: (code) => ({ label: countryNames(code).short, flag: countryFlag(code) }),
    counter: (model) => {
      const c = model.columns;
      return dictionaryCounter(c.countryCodes, countryValues(model), (counts, i) => {
        for (let k = c.countryStart[i]!; k < c.countryStart[i + 1]!; k++) counts[c.countryList[k]!]!++;
      });
    },
  },
});

const sectors = listDimension({
  field: 'sectors',
  param: 'sector',
  read: (raw, context) =>
    context.knownSectors && !context.knownSectors.has(raw) ? { refused: 'неизвестное направление' } : raw,
  chip: (id, labels) => labels.sectorName(id),
  name: (id, labels) => labels.sectorName(id),
  nouns: ['Направление', 'Направления'],
  press: {
    part: 'scope',
    order: 1,
    phrase: (f, labels) =>
      f.sectors.length === 0
        ? null
        : joinRu(
            f.sectors.map((id) => sectorPhrase(labels.sectorName(id))),
            'или',
          ),
  },
  predicate(f, { columns: c }) {
    const chosen = selection(f.sectors, c.sectorIds);
    return chosen && ((i) => chosen[c.sector[i]!] === 1);
  },
  matches: (e, id) => e.sector.id === id,
  facet: {
    key: 'sectors',
    legend: 'Направление',
    // Report order: the order the sectors first appear (the columns' dictionary order).
    values: (model) => model.columns.sectorIds,
    label: (id, model) => ({ label: shortSectorName(model.sectorName(id)) }),
    counter: (model) => {
      const c = model.columns;
      return dictionaryCounter(c.sectorIds, c.sectorIds, (counts, i) => counts[c.sector[i]!]!++);
    },
  },
});

/**
 * The months of the period, plus any month outside it that an event touches (one spilling over the
 * quarter's end).
 */
function monthValues(model: PreparedReport): readonly string[] {
  return model.derived('facet:months', () => {
    const { period } = model.report;
    const found = new Set(monthsBetween(period.start, period.end, 120));
    const c = model.columns;
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < c.size; i++)
      if (c.monthFrom[i]! >= 0) {
        first = Math.min(first, c.monthFrom[i]!);
        last = Math.max(last, c.monthTo[i]!);
      }
    for (let m = first; m <= last; m++) {
      if (found.has(monthIso(m))) continue;
      for (let i = 0; i < c.size; i++)
        if (c.monthFrom[i]! >= 0 && c.monthFrom[i]! <= m && c.monthTo[i]! >= m) {
          found.add(monthIso(m));
          break;
        }
    }
    return [...found].sort();
  });
}

const months = listDimension({
  field: 'months',
  param: 'month',
  read: (raw) => (ISO_MONTH.test(raw) ? raw : { refused: 'месяц должен быть в формате ГГГГ-ММ' }),
  chip: formatMonth,
  name: formatMonth,
  nouns: ['Месяц', 'Месяцы'],
  // In the press text, months say when (press-text.ts periodPhrase), not what.
  predicate(f, { columns: c }) {
    if (f.months.length === 0) return null;
    const chosen = Int32Array.from(f.months, monthNumber);
    return (i) => {
      const from = c.monthFrom[i]!;
      const to = c.monthTo[i]!;
      if (from < 0) return false;
      for (let k = 0; k < chosen.length; k++) if (chosen[k]! >= from && chosen[k]! <= to) return true;
      return false;
    };
  },
  matches: touchesMonth,
  facet: {
    key: 'months',
    legend: 'Месяц',
    values: monthValues,
    label: (month) => ({ label: formatMonth(month) }),
    counter: (model) => {
      const c = model.columns;
      const numbers = Int32Array.from(monthValues(model), monthNumber);
      const counts = new Int32Array(numbers.length);
      return {
        add: (i) => {
          const from = c.monthFrom[i]!;
          const to = c.monthTo[i]!;
          if (from >= 0)
            for (let m = 0; m < numbers.length; m++) if (numbers[m]! >= from && numbers[m]! <= to) counts[m]!++;
        },
        counts: () => counts,
      };
    },
  },
});

/** Counts of a two-valued facet over a 0/1 column (format, stated participants), in `values` order. */
function binaryCounter(column: Uint8Array, values: readonly string[], valueOfOne: string): FacetCounter {
  let ones = 0;
  let zeros = 0;
  return {
    add: (i) => (column[i] ? ones++ : zeros++),
    counts: () => values.map((v) => (v === valueOfOne ? ones : zeros)),
  };
}

const FORMAT_LABEL: Record<EventFormat, string> = { online: 'Дистанционно', offline: 'Очно' };
const FORMAT_VALUES: readonly EventFormat[] = ['offline', 'online'];
/** `yes`: participant number stated; `no`: not stated. */
const PARTICIPANTS_VALUES = ['yes', 'no'] as const;

const format: Dimension = {
  params: ['format'],
  parse(params, _context, reject) {
    const raw = params.get('format');
    if (raw === null) return { format: null };
    if (raw === 'online' || raw === 'offline') return { format: raw };
    reject('format', raw, 'формат должен быть online или offline');
    return { format: null };
  },
  write: (f, params) => {
    if (f.format) params.set('format', f.format);
  },
  active: (f) => (f.format ? 1 : 0),
  clear: { format: null },
  chips: (f) =>
    f.format ? [{ key: 'format', label: FORMAT_LABEL[f.format], remove: (g) => ({ ...g, format: null }) }] : [],
  describe: (f) => (f.format ? `Формат: ${f.format === 'online' ? 'дистанционно' : 'очно'}` : null),
  fileParts: (f) => (f.format ? [f.format] : []),
  press: {
    part: 'scope',
    order: 3,
    phrase: (f) =>
      f.format === 'online' ? 'в дистанционном формате' : f.format === 'offline' ? 'в очном формате' : null,
  },
  predicate(f, { columns: c }) {
    if (f.format === null) return null;
    const want = f.format === 'online' ? 1 : 0;
    return (i) => c.online[i] === want;
  },
  matches: (e, f) => f.format === null || e.place.online === (f.format === 'online'),
  facet: {
    key: 'format',
    legend: 'Формат',
    control: 'radio',
    anyLabel: 'Любой',
    values: () => FORMAT_VALUES,
    label: (value) => ({ label: FORMAT_LABEL[value as EventFormat] }),
    counter: (model) => binaryCounter(model.columns.online, FORMAT_VALUES, 'online'),
    isSelected: (f, value) => f.format === value,
    select: (f, value) => ({ ...f, format: value as EventFormat }),
  },
};

const hasParticipants: Dimension = {
  params: ['participants'],
  parse(params, _context, reject) {
    const raw = params.get('participants');
    if (raw === null) return { hasParticipants: null };
    if (raw === 'yes') return { hasParticipants: true };
    if (raw === 'no') return { hasParticipants: false };
    reject('participants', raw, 'ожидается yes или no');
    return { hasParticipants: null };
  },
  write: (f, params) => {
    if (f.hasParticipants !== null) params.set('participants', f.hasParticipants ? 'yes' : 'no');
  },
  active: (f) => (f.hasParticipants !== null ? 1 : 0),
  clear: { hasParticipants: null },
  chips: (f) =>
    f.hasParticipants === null
      ? []
      : [
          {
            key: 'participants',
            label: f.hasParticipants ? 'Число участников указано' : 'Число участников не указано',
            remove: (g) => ({ ...g, hasParticipants: null }),
          },
        ],
  describe: (f) =>
    f.hasParticipants === null ? null : `Число участников: ${f.hasParticipants ? 'указано' : 'не указано'}`,
  fileParts: (f) => (f.hasParticipants === null ? [] : [f.hasParticipants ? 'with-count' : 'no-count']),
  press: {
    part: 'selection',
    order: 1,
    phrase: (f) =>
      f.hasParticipants === true
        ? 'только с указанным числом участников'
        : f.hasParticipants === false
          ? 'только без указания числа участников'
          : null,
  },
  predicate(f, { columns: c }) {
    if (f.hasParticipants === null) return null;
    const want = f.hasParticipants ? 1 : 0;
    return (i) => c.hasCount[i] === want;
  },
  matches: (e, f) => f.hasParticipants === null || (e.participants.count !== null) === f.hasParticipants,
  facet: {
    key: 'hasParticipants',
    legend: 'Число участников',
    control: 'radio',
    anyLabel: 'Все',
    values: () => PARTICIPANTS_VALUES,
    label: (value) => ({ label: value === 'yes' ? 'Указано' : 'Не указано' }),
    counter: (model) => binaryCounter(model.columns.hasCount, PARTICIPANTS_VALUES, 'yes'),
    isSelected: (f, value) => f.hasParticipants === (value === 'yes'),
    select: (f, value) => ({ ...f, hasParticipants: value === 'yes' }),
  },
};

const dates: Dimension = {
  params: ['from', 'to'],
  parse(params, _context, reject) {
    const date = (param: string): string | null => {
      const raw = params.get(param);
      if (raw === null || raw === '') return null;
      if (isValidIsoDate(raw)) return raw;
      // «2026-13-01» is well formed: say the date does not exist, not that the format is wrong.
      reject(
        param,
        raw,
        /^\d{4}-\d{2}-\d{2}$/.test(raw) ? 'такой даты нет в календаре' : 'дата должна быть в формате ГГГГ-ММ-ДД',
      );
      return null;
    };
    const from = date('from');
    const to = date('to');
    if (from && to && from > to) {
      reject('from', `${from} > ${to}`, 'начало периода позже конца — даты переставлены', true);
      return { from: to, to: from };
    }
    return { from, to };
  },
  write: (f, params) => {
    if (f.from) params.set('from', f.from);
    if (f.to) params.set('to', f.to);
  },
  active: (f) => (f.from || f.to ? 1 : 0),
  clear: { from: null, to: null },
  chips: (f) =>
    f.from || f.to
      ? [
          {
            key: 'dates',
            label: `${f.from ? `с ${formatDate(f.from)}` : ''}${f.from && f.to ? ' ' : ''}${f.to ? `по ${formatDate(f.to)}` : ''}`,
            remove: (g) => ({ ...g, from: null, to: null }),
          },
        ]
      : [],
  describe: (f) =>
    f.from || f.to
      ? `Даты: ${[f.from && `с ${formatDate(f.from)}`, f.to && `по ${formatDate(f.to)}`].filter(Boolean).join(' ')}`
      : null,
  fileParts: (f) => (f.from || f.to ? [`${f.from ?? ''}_${f.to ?? ''}`] : []),
  // In the press text, the range says when (press-text.ts periodPhrase), not what.
  predicate(f, { columns: c }) {
    const { from, to } = f;
    if (from === null && to === null) return null;
    // An undated event cannot be placed in a date range.
    return (i) => {
      const start = c.start[i];
      return !!start && (from === null || c.last[i]! >= from) && (to === null || start <= to);
    };
  },
  matches(e, f) {
    if (f.from === null && f.to === null) return true;
    const { start, end } = e.dates;
    if (!start) return false;
    return (f.from === null || (end ?? start) >= f.from) && (f.to === null || start <= f.to);
  },
};

const query: Dimension = {
  params: ['q'],
  parse(params, _context, reject) {
    const q = params.get('q') ?? '';
    if (q.length <= MAX_QUERY_LENGTH) return { q };
    reject('q', q, `запрос сокращён до ${MAX_QUERY_LENGTH} символов`, true);
    return { q: q.slice(0, MAX_QUERY_LENGTH) };
  },
  write: (f, params) => {
    if (f.q) params.set('q', f.q);
  },
  active: (f) => (f.q.trim() ? 1 : 0),
  clear: { q: '' },
  chips: (f) => (f.q.trim() ? [{ key: 'q', label: `«${f.q.trim()}»`, remove: (g) => ({ ...g, q: '' }) }] : []),
  describe: (f) => (f.q.trim() ? `Поиск: «${f.q.trim()}»` : null),
  // User text never reaches a file name.
  fileParts: (f) => (f.q.trim() ? ['search'] : []),
  // A user's search words never go into a sentence meant for publication: the text only says there was one.
  press: { part: 'selection', order: 2, phrase: (f) => (f.q.trim() ? 'по поисковому запросу' : null) },
  // Answered once from the search index (cached per query), then read per event.
  predicate(f, model) {
    // No query: no test, and the search index (built on first use) is not needed.
    if (f.q.trim() === '') return null;
    const found = searchMatches(model.search, f.q);
    return found && ((i) => found[i] === 1);
  },
  // `searchKey` undefined: the caller answered the text search already.
  matches: (_e, f, searchKey) => f.q.trim() === '' || searchKey === undefined || matchesSearch(searchKey, f.q),
};

/** Every dimension, in the order of the URL, the chips, the export context and file names. */
export const DIMENSIONS: readonly Dimension[] = [countries, sectors, months, format, hasParticipants, dates, query];

/** The facets, in the facet panel's order, each with its bit in the engine's failure masks. */
export const FACETS: readonly (Dimension & { facet: FacetSpec; bit: number })[] = DIMENSIONS.flatMap((d) =>
  d.facet ? [d as Dimension & { facet: FacetSpec }] : [],
).map((d, k) => ({ ...d, bit: 1 << k }));
