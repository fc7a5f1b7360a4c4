// Every sentence the press panel can produce for the Q1 data — no filter, each country, each sector, each
// month (the filters listed from the data) — is matched to a sentence form and its numbers are checked
// against facts counted by hand from the source (test/support/golden-q1.ts, raw-report.ts HAND), never
// against the code. A sentence of no known form fails: a new sentence needs its hand check here.
import { describe, expect, it } from 'vitest';
import {
  GOLDEN_AGREEMENTS,
  GOLDEN_ARRANGEMENTS,
  GOLDEN_COUNTRY_EVENTS,
  GOLDEN_FOREIGN_EVENTS,
  GOLDEN_FOREIGN_PARTICIPANTS,
  GOLDEN_PARTICIPATIONS,
  GOLDEN_ROLES,
  GOLDEN_SECTORS,
} from '../../test/support/golden-q1';
import { HAND, loadPrepared } from '../../test/support/raw-report';
import { eventsByCountry, periodMonths } from './aggregations';
import { countryNames } from './countries';
import { filterView } from './filter-engine';
import { EMPTY_FILTERS, type EventFilters } from './filters';
import type { CountingRole } from './involvement';
import { pressSentences, pressSource, pressText } from './press-text';

const model = loadPrepared();
const ALL_ROWS = model.events.map((e) => e.number);
const MONTH_NAMES: Record<string, string> = { '2026-01': 'январь', '2026-02': 'февраль', '2026-03': 'март' };
const ONLINE = [...HAND.online, ...HAND.onlineUncertain];
const FOREIGN: Readonly<Record<number, number>> = {
  ...GOLDEN_FOREIGN_PARTICIPANTS.stated,
  ...GOLDEN_FOREIGN_PARTICIPANTS.derived,
};

interface Case {
  label: string;
  filters: EventFilters;
  rows: readonly number[];
  country: string | null;
}

const inter = (a: readonly number[], b: readonly number[]) => a.filter((r) => b.includes(r));
const num = (s: string) => Number(s.replace(/[\s\u00a0]/g, ''));
const byShortName = new Map(Object.keys(GOLDEN_COUNTRY_EVENTS).map((c) => [countryNames(c).short, c]));

// The filters, listed from the data; the rows each should select, from the hand counts.
const cases: Case[] = [
  { label: 'без фильтра', filters: EMPTY_FILTERS, rows: ALL_ROWS, country: null },
  ...eventsByCountry(model.all).map((c) => ({
    label: `страна ${c.code}`,
    filters: { ...EMPTY_FILTERS, countries: [c.code] },
    rows: GOLDEN_COUNTRY_EVENTS[c.code] ?? [],
    country: c.code,
  })),
  ...[...new Map(model.events.map((e) => [e.sector.id, e.sector.name]))].map(([id, name]) => ({
    label: `направление ${name}`,
    filters: { ...EMPTY_FILTERS, sectors: [id] },
    rows: GOLDEN_SECTORS[name] ?? [],
    country: null,
  })),
  ...periodMonths(model.report.period).map((m) => ({
    label: `месяц ${m}`,
    filters: { ...EMPTY_FILTERS, months: [m] },
    rows: (HAND.months as Record<string, readonly number[]>)[m] ?? [],
    country: null,
  })),
];

/** Events of these rows per country (any role but context), from the golden table. */
function countryCounts(rows: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, list] of Object.entries(GOLDEN_COUNTRY_EVENTS)) {
    const n = inter(rows, list).length;
    if (n > 0) out.set(code, n);
  }
  return out;
}

function sectorCounts(rows: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, list] of Object.entries(GOLDEN_SECTORS)) {
    const n = inter(rows, list).length;
    if (n > 0) out.set(name, n);
  }
  return out;
}

/** «в сфере культуры и туризма», «в социальной сфере», «по общим направлениям сотрудничества» → heading. */
function sectorByPhrase(phrase: string): string | undefined {
  return Object.keys(GOLDEN_SECTORS).find(
    (name) =>
      name.replace(/^Сотрудничество /, '') === phrase ||
      (name === 'Общие направления сотрудничества' && phrase === 'по общим направлениям сотрудничества'),
  );
}

/** «A (2 мероприятия), B и C (по 1 мероприятию)» → name → count. */
function parseCountedList(list: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of list.matchAll(/([^()]+?) \((?:по )?(\d+) мероприяти\S*\)/g)) {
    const names = m[1]!.replace(/^(?:,\s*|\s*и\s+)/, '').split(/,\s*|\s+и\s+/);
    for (const n of names) out.set(n.trim(), Number(m[2]));
  }
  return out;
}

/** The listed items have the largest counts, and no unlisted item ties with the smallest listed one. */
function expectHonestLeaders(listed: Map<string, number>, all: Map<string, number>) {
  const min = Math.min(...listed.values());
  for (const [key, n] of all) if (!listed.has(key)) expect(n, `${key} is left out of a tie`).toBeLessThan(min);
}

type Check = (m: RegExpExecArray, c: Case, sentence: string) => void;

const ROLE_WORDS: Record<string, CountingRole> = {
  'на территории': 'held',
  'официальные лица и организации': 'official',
  'граждане и жители': 'people',
  представители: 'speakers',
};

const FORMS_OF_SENTENCES: [RegExp, Check][] = [
  [
    /^В (I квартале 2026 года|(?:январе|феврале|марте) 2026 года) (?:исполнительными органами Смоленской области и подведомственными им учреждениями )?проведено (\d+) международн\S+ мероприяти\S+(.*)\.$/,
    (m, c) => {
      expect(num(m[2]!)).toBe(c.rows.length);
      if (c.country) expect(m[3]).toContain(countryNames(c.country).genitive);
      if (c.filters.sectors.length > 0) expect(m[3]).not.toBe('');
    },
  ],
  [
    /^Это (\d+)\u00a0% от общего числа международных мероприятий за квартал \((\d+)\)\.$/,
    (m, c) => {
      expect(Number(m[1])).toBe(Math.round((c.rows.length / ALL_ROWS.length) * 100));
      expect(Number(m[2])).toBe(ALL_ROWS.length);
    },
  ],
  [
    /^Из (\d+) мероприятий (\d+) прошл[ои] за рубежом или с иностранным участием\.$/,
    (m, c) => {
      expect(num(m[1]!)).toBe(c.rows.length);
      expect(num(m[2]!)).toBe(inter(c.rows, GOLDEN_FOREIGN_EVENTS).length);
    },
  ],
  [
    /^Все мероприятия прошли за рубежом или с иностранным участием\.$/,
    (_m, c) => expect(inter(c.rows, GOLDEN_FOREIGN_EVENTS)).toEqual([...c.rows]),
  ],
  [
    /^(?:В мероприяти(?:и|ях)|Кроме (.+?), в эт(?:ом|их) мероприяти(?:и|ях)) назван[аы] (?:ещё )?(\d+) стран\S*(?:: (.+)|; чаще всего — (.+))?\.$/,
    (m, c) => {
      const counts = countryCounts(c.rows);
      if (c.country) counts.delete(c.country);
      expect(num(m[2]!)).toBe(counts.size);
      const byName = new Map([...counts].map(([code, n]) => [countryNames(code).short, n]));
      const list = m[3] ?? m[4];
      if (!list) return;
      const listed =
        c.rows.length === 1 ? new Map(list.split(/,\s*|\s+и\s+/).map((n) => [n, 1])) : parseCountedList(list);
      for (const [name, n] of listed) {
        expect(byShortName.has(name), `«${name}» is a country of the golden table`).toBe(true);
        expect(n, name).toBe(byName.get(name));
      }
      if (m[3]) expect(listed.size).toBe(counts.size);
      else expectHonestLeaders(listed, byName);
    },
  ],
  [
    /^(?:В одном из мероприятий, по данным отчёта,|По данным отчёта, в мероприятии) участвовали представители более 12 стран\.$/,
    (_m, c) => expect(c.rows).toContain(15), // «представители более 12 стран» — row 15 only
  ],
  [
    /^(?:На территории|Официальные лица|Граждане|Представители) .+\.$/,
    (_m, c, sentence) => {
      expect(c.country).not.toBeNull();
      const code = c.country!;
      const g = countryNames(code).genitive;
      for (const clause of sentence.replace(/\.$/, '').split('; ')) {
        const cm = new RegExp(
          `^(на территории|официальные лица и организации|граждане и жители|представители) ${g}(?: прошл[ои] (\\d+) мероприяти\\S*| участвовали в (\\d+) мероприяти\\S*| — в (\\d+) мероприяти\\S*| выступали спикерами в (\\d+) мероприяти\\S*)$`,
          'i',
        ).exec(clause);
        expect(cm, clause).not.toBeNull();
        const role = ROLE_WORDS[cm![1]!.toLowerCase()]!;
        const n = Number(cm![2] ?? cm![3] ?? cm![4] ?? cm![5]);
        expect(n, clause).toBe(c.rows.filter((r) => GOLDEN_ROLES[r]?.[code]?.[role]).length);
      }
    },
  ],
  [
    /^Мероприятия прошли по (\d+) направлени\S+(?:: (.+)|; больше всего — (.+))?\.$/,
    (m, c) => {
      const counts = sectorCounts(c.rows);
      expect(num(m[1]!)).toBe(counts.size);
      const list = m[2] ?? m[3];
      if (!list) return;
      const listed = new Map<string, number>();
      for (const item of list.matchAll(/(?:^|, | и )(.+?) \((\d+) мероприяти\S*\)/g)) {
        const name = sectorByPhrase(item[1]!);
        expect(name, `«${item[1]}» is a sector heading`).toBeDefined();
        listed.set(name!, Number(item[2]));
      }
      for (const [name, n] of listed) expect(n, name).toBe(counts.get(name));
      if (m[2]) expect(listed.size).toBe(counts.size);
      else expectHonestLeaders(listed, counts);
    },
  ],
  [
    /^(?:Мероприятие проведено|Все мероприятия проведены) (.+)\.$/,
    (m, c) => {
      const counts = sectorCounts(c.rows);
      expect([...counts.keys()]).toEqual([sectorByPhrase(m[1]!)]);
    },
  ],
  [
    /^Больше всего мероприятий пришлось на (.+) \((\d+) мероприяти\S*( в каждом)?\)\.$/,
    (m, c) => {
      const per = Object.entries(HAND.months).map(([month, rows]) => [month, inter(c.rows, rows).length] as const);
      const max = Math.max(...per.map(([, n]) => n));
      expect(Number(m[2])).toBe(max);
      const peak = per.filter(([, n]) => n === max).map(([month]) => MONTH_NAMES[month]);
      expect(m[1]!.split(/,\s*|\s+и\s+/)).toEqual(peak);
    },
  ],
  [
    /^Все мероприятия пришлись на (.+)\.$/,
    (m, c) => {
      const active = Object.entries(HAND.months).filter(([, rows]) => inter(c.rows, rows).length > 0);
      expect(active.map(([month]) => MONTH_NAMES[month])).toEqual([m[1]]);
    },
  ],
  [
    /^(?:В (\d+) мероприятиях с указанным числом участников — (не менее )?([\d\u00a0]+) участи[йя] \(участник нескольких мероприятий учтён в каждом\)|В (?:1 мероприятии|мероприятии) принял?и? участие (не менее )?([\d\u00a0]+) человека?)(?:; ещё в (?:(\d+) мероприяти\S+|мероприятии) принял?[аи]? участие ([\d\u00a0]+) организаци\S+)?\.$/,
    (m, c) => {
      const people = GOLDEN_PARTICIPATIONS.rows.filter((r) => c.rows.includes(r));
      const sum = people.reduce((s, r) => s + (HAND.people as Record<number, number>)[r]!, 0);
      if (m[1]) expect(num(m[1])).toBe(people.length);
      else expect(people.length).toBe(1);
      expect(num(m[3] ?? m[5]!)).toBe(sum);
      // «Более 1200 человек» (row 15) is the only lower bound of the report.
      expect(Boolean(m[2] ?? m[4])).toBe(people.includes(15));
      const orgs = inter(c.rows, GOLDEN_PARTICIPATIONS.organisations.rows);
      if (m[7]) {
        expect(orgs.length).toBe(m[6] ? Number(m[6]) : 1);
        expect(num(m[7])).toBe(orgs.reduce((s, r) => s + HAND.organisations[r as 1]!, 0));
      } else expect(orgs).toEqual([]);
    },
  ],
  [
    /^В (?:(\d+) мероприятиях|мероприятии) принял?[аи]? участие (\d+) организаци\S+\.$/,
    (m, c) => {
      const orgs = inter(c.rows, GOLDEN_PARTICIPATIONS.organisations.rows);
      expect(orgs.length).toBe(m[1] ? Number(m[1]) : 1);
      expect(Number(m[2])).toBe(orgs.reduce((s, r) => s + HAND.organisations[r as 1]!, 0));
      expect(inter(c.rows, GOLDEN_PARTICIPATIONS.rows)).toEqual([]);
    },
  ],
  [
    /^Иностранных участников(?: в (\d+) мероприяти\S+)? — ([\d\u00a0]+) человека? \((указано в отчёте|выведено из состава участников|([\d\u00a0]+) указано в отчёте, ([\d\u00a0]+) выведено из состава участников)\)\.$/,
    (m, c) => {
      const rows = c.rows.filter((r) => FOREIGN[r] !== undefined);
      if (m[1]) expect(Number(m[1])).toBe(rows.length);
      expect(num(m[2]!)).toBe(rows.reduce((s, r) => s + FOREIGN[r]!, 0));
      const stated = rows.filter((r) => r in GOLDEN_FOREIGN_PARTICIPANTS.stated);
      if (m[4]) expect(num(m[4])).toBe(stated.reduce((s, r) => s + FOREIGN[r]!, 0));
      if (m[3] === 'указано в отчёте') expect(stated).toEqual(rows);
      if (m[3] === 'выведено из состава участников') expect(stated).toEqual([]);
    },
  ],
  [
    /^По (\d+) мероприяти\S+ число участников не указано\.$/,
    (m, c) => expect(Number(m[1])).toBe(inter(c.rows, GOLDEN_PARTICIPATIONS.unstated).length),
  ],
  [
    /^Число участников (?:мероприятия|ни одного из этих мероприятий) в отчёте не указано\.$/,
    (_m, c) => expect(inter(c.rows, GOLDEN_PARTICIPATIONS.unstated)).toEqual([...c.rows]),
  ],
  [
    /^По итогам (?:(\d+) мероприятий|мероприятия) подписано (\d+) соглашени\S+\.$/,
    (m, c) => {
      const rows = c.rows.filter((r) => GOLDEN_AGREEMENTS[r]);
      expect(rows.length).toBe(m[1] ? Number(m[1]) : 1);
      expect(Number(m[2])).toBe(rows.reduce((s, r) => s + GOLDEN_AGREEMENTS[r]!.count, 0));
    },
  ],
  [
    /^(?:(?:Ещё в|В) (\d+) мероприяти\S+|По итогам мероприятия) достигнуты договорённости\.$/,
    (m, c) => expect(inter(c.rows, GOLDEN_ARRANGEMENTS).length).toBe(m[1] ? Number(m[1]) : 1),
  ],
  [
    /^В дистанционном формате прошл[ои] (\d+) мероприяти\S+\.$/,
    (m, c) => expect(Number(m[1])).toBe(inter(c.rows, ONLINE).length),
  ],
  [
    /^(?:Мероприятие прошло|Все мероприятия прошли) в дистанционном формате\.$/,
    (_m, c) => expect(inter(c.rows, ONLINE)).toEqual([...c.rows]),
  ],
  [
    /^В I квартале 2026 года состоялось (\d+) встречи .*иностранными делегациями.*\.$/,
    (m, c) => {
      expect(c.filters).toEqual(EMPTY_FILTERS); // the note covers the quarter, so only without a filter
      expect(Number(m[1])).toBe(HAND.delegationMeetings);
    },
  ],
];

/** What no sentence for publication may contain (issue 14's list). */
const FORBIDDEN: [RegExp, string][] = [
  [/так же/i, '«так же» → «также»'],
  [/г\.\./, '«г..»'],
  [/\.\.|\s{2,}| [,.;)]/, 'doubled punctuation or spaces'],
  [/охватыва/i, 'present tense among past tense'],
  [/по направлению «Общие направления/, '«по направлению «Общие направления …»»'],
  [/ от \d[\d\u00a0]* мероприятия\b/, '«от 34 мероприятия»'],
  [/с \d+ [а-яё]+ по \d+ ([а-яё]+).*\1/, 'the month twice in a range'],
  [/(?<![«\p{L}-])(?:Здравоохранения|Экономического|Культуры|Спорта)\b/u, 'a genitive fragment of a sector name'],
  [/чаще всего — [^;.]*\(1 мероприятие\)/, '«чаще всего» for a single event each'],
];

describe('every press sentence for the Q1 data is a known form with hand-checked numbers', () => {
  it('covers the filters listed from the data', () => {
    expect(cases.filter((c) => c.country).length).toBe(Object.keys(GOLDEN_COUNTRY_EVENTS).length);
    expect(cases.filter((c) => c.filters.sectors.length > 0).length).toBe(Object.keys(GOLDEN_SECTORS).length);
    expect(cases.filter((c) => c.filters.months.length > 0).length).toBe(3);
  });
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const view = filterView(model, c.filters);
    expect(view.events().map((e) => e.number)).toEqual([...c.rows]);
    const sentences = pressSentences({ view, filters: c.filters });
    expect(sentences.length).toBeGreaterThan(2);
    for (const sentence of sentences) {
      for (const [re, why] of FORBIDDEN) expect(re.test(sentence), `${why}: ${sentence}`).toBe(false);
      expect(sentence, 'a sentence starts with a capital and ends with a full stop').toMatch(/^\p{Lu}.*[^.]\.$/u);
      const form = FORMS_OF_SENTENCES.find(([re]) => re.test(sentence));
      expect(form, `a sentence of no known form: «${sentence}»`).toBeDefined();
      form![1](form![0].exec(sentence)!, c, sentence);
    }
  });
});

describe('press text details', () => {
  it('a search filter: the user’s words never reach the text', () => {
    const filters = { ...EMPTY_FILTERS, q: 'Минск <b>' };
    const text = pressText({ view: filterView(model, filters), filters });
    expect(text).not.toContain('Минск');
    expect(text).toContain('(отбор: по поисковому запросу)');
  });
  it('a week: «с 9 по 15 февраля 2026 года», the month once', () => {
    const filters = { ...EMPTY_FILTERS, from: '2026-02-09', to: '2026-02-15' };
    expect(pressSentences({ view: filterView(model, filters), filters })[0]).toMatch(
      /^В период с 9 по 15 февраля 2026 года проведено 8 международных мероприятий\.$/, // HAND.peakWeek: 8 rows
    );
  });
  it('the source line gives the reporting period and, apart, the date the file was processed', () => {
    expect(pressSource(model.report)).toBe(
      'Источник: Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской ' +
        'области и подведомственными им учреждениями в I квартале 2026 года. Отчётный период: I квартал 2026 года ' +
        '(1 января 2026 г. – 31 марта 2026 г.). Файл отчёта обработан 28 ноября 2026 г.',
    );
  });
});
