// The participants cell → count, qualifier, unit, foreignCount.
//
// Rules:
// - A count is a number followed (directly or after up to two adjectives) by a unit noun:
//   people (человек, участников, кадетов, студентов, представителей …) or organizations
//   (субъектов МСП, организаций, компаний, предприятий …). Other numbers are ignored: dates,
//   ordinals («33-й»), codes («М-1», «АЭС-2»), addresses, «12 стран».
// - «Общее количество участников – 120 человек» (also «всего», «итого») is the total and wins over
//   sub-counts such as «(6 кадетов)».
// - After «из которых / из них / в том числе / включая» counts are parts of the previous count; a part
//   described as foreign («иностранные граждане», «молодежи иностранных государств», «20 иностранных»)
//   becomes foreignCount.
// - Several independent counts of the same kind are summed (with a warning); people win over
//   organizations when both are given.
// - «более / свыше / не менее / от» → atLeast; «около / порядка / примерно» → exact with a warning.
// - No count in the cell → count null (never 0).
import { normalizeText } from './text-utils';

export interface ParticipantsParse {
  count: number | null;
  qualifier: 'exact' | 'atLeast' | null;
  unit: 'people' | 'organizations' | null;
  foreignCount: number | null;
  problems: string[];
}

const PEOPLE_UNITS = [
  'человек',
  'чел',
  'участник',
  'специалист',
  'кадет',
  'студент',
  'школьник',
  'учащ',
  'обучающ',
  'представител',
  'делегат',
  'спортсмен',
  'гост',
  'слушател',
  'посетител',
  'волонтер',
  'волонтёр',
  'детей',
  'ребен',
  'ребён',
  'педагог',
  'преподавател',
  'юнармеец',
  'юнармейц',
  'граждан',
  'член',
  'артист',
  'художник',
  'врач',
  'эксперт',
  'выпускник',
  'воспитанник',
  'жител',
  'сотрудник',
  'иностранц',
  'соотечественник',
  'зрител',
  'исполнител',
  'музыкант',
  'спикер',
  'лектор',
  'ученик',
  'ученых',
  'учёных',
  'курсант',
  'пациент',
  'работник',
  'руководител',
  'молодых людей',
];
const ORG_UNITS = [
  'субъект',
  'организаци',
  'компани',
  'предприяти',
  'экспонент',
  'учреждени',
  'вуз',
  'фирм',
  'производител',
  'хозяйств',
  'юридических лиц',
  'индивидуальных предпринимател',
  'муниципальн',
  'школ',
  'колледж',
  'университет',
];

const NUM = String.raw`(?<![\p{L}\p{N}.,/-])(\d+)(?:\s*[-–—]\s*(\d+))?(?![\p{N}]|[.,]\d|-[\p{L}])`;
const QUAL = String.raw`(?:(более|свыше|не\s+менее|больше|от|около|порядка|примерно|приблизительно|до)\s+)?`;
const ADJ = String.raw`((?:[\p{L}-]+(?:ых|их|ый|ий|ая|ые|ие|ого|его|ей|ой|х)\s+){0,2})`;
const UNIT_RE = new RegExp(
  `${QUAL}${NUM}\\+?\\s*${ADJ}(${[...PEOPLE_UNITS, ...ORG_UNITS].map((u) => u.replace(/\s+/g, '\\s+')).join('|')})\\p{L}*\\.?`,
  'giu',
);
const FOREIGN_ADJ_RE = new RegExp(`${QUAL}${NUM}\\s+(иностранн\\p{L}*|зарубежн\\p{L}*)`, 'giu');

const TOTAL_MARK_RE =
  /(общее\s+(?:количество|число)|общая\s+численность|всего|итого|в\s+общей\s+сложности|общим\s+количеством)[^.;]{0,40}$/iu;
const SUB_MARK_RE = /(из\s+которых|из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.|включая|среди\s+них)/iu;
const FOREIGN_RE = /(иностран|зарубеж)/iu;

interface Phrase {
  index: number;
  end: number;
  count: number;
  qualifier: 'exact' | 'atLeast';
  approx: string | null;
  range: boolean;
  /** A bare number («300+», «свыше 50»): the unit is the column's, people. */
  assumed: boolean;
  unit: 'people' | 'organizations';
  total: boolean;
  sub: boolean;
  foreign: boolean;
}

function unitOf(word: string): 'people' | 'organizations' {
  const w = word.toLowerCase();
  return ORG_UNITS.some((u) => w.startsWith(u.split(/\s+/)[0] ?? u)) && !PEOPLE_UNITS.some((u) => w.startsWith(u))
    ? 'organizations'
    : 'people';
}

const UNITS_WORDS: Record<string, number> = {
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
};
const TEENS_WORDS: Record<string, number> = {
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
};
const TENS_WORDS: Record<string, number> = {
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
};
const HUNDREDS_WORDS: Record<string, number> = {
  сто: 100,
  ста: 100,
  двести: 200,
  двухсот: 200,
  триста: 300,
  трехсот: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
};

const NUMERAL_VALUE = (w: string): number | undefined =>
  HUNDREDS_WORDS[w] ?? TENS_WORDS[w] ?? TEENS_WORDS[w] ?? UNITS_WORDS[w];
const NUMERAL_WORD = [HUNDREDS_WORDS, TENS_WORDS, TEENS_WORDS, UNITS_WORDS]
  .flatMap((t) => Object.keys(t))
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMERAL_RE = new RegExp(`(?<![\\p{L}])(?:${NUMERAL_WORD})(?:\\s+(?:${NUMERAL_WORD})){0,2}(?![\\p{L}])`, 'giu');

/** «сто двадцать пять» → «125» (from two up: «один», «одна» are too often not counts). */
function numeralsToDigits(text: string): string {
  return text.replace(NUMERAL_RE, (phrase) => {
    const words = phrase.toLowerCase().split(/\s+/);
    let value = 0;
    let last = Infinity;
    let used = 0;
    for (const w of words) {
      const v = NUMERAL_VALUE(w) ?? Infinity;
      // Hundreds, then tens or teens, then units: «сто двадцать пять»; «двадцать сто» stops.
      if (v >= last || (last < 20 && last >= 10)) break;
      value += v;
      last = v;
      used += 1;
    }
    return [String(value), ...phrase.split(/\s+/).slice(used)].join(' ');
  });
}

/** «5 000» → «5000», «2-х» → «2», «1,5 тыс.» → «1500», «сто» → «100». */
function normalizeNumbers(text: string): string {
  return numeralsToDigits(normalizeText(text))
    .replace(/(?<![\d])(\d{1,3})((?: \d{3})+)(?![\d])/g, (_m, a: string, rest: string) => a + rest.replace(/ /g, ''))
    .replace(/(\d+)-(?:х|ти|ми|ух|ех|ёх|и|м|ой|го)(?![\p{L}])/gu, '$1')
    .replace(
      /(?<![\d.,])(\d+)(?:[.,](\d{1,3}))?\s*(тыс|млн)\.?(?![\p{L}])/gu,
      (m, int: string, frac: string | undefined, scale: string) => {
        const factor = scale === 'тыс' ? 1000 : 1_000_000;
        const value = Number(`${int}.${frac ?? '0'}`) * factor;
        return Number.isInteger(value) ? String(value) : m;
      },
    );
}

const BARE_LEAD_RE = new RegExp(`^\\s*${QUAL}${NUM}\\+?(?=\\s*(?:$|[(,;.]|\\+))`, 'iu');

/** Standalone numbers (not parts of names and codes such as «М-1», «АЭС-2», «33-й»). */
const NUMBER_RE = /(?<![\p{L}\p{N}]|\p{L}[-–])\d+(?:[.,]\d+)*(?![\p{N}]|[-–]?\p{L})/gu;

/** Numbers of the cell outside every count phrase, each with the word after it. */
function unusedNumbers(text: string, phrases: readonly Phrase[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const at = m.index;
    if (phrases.some((p) => at >= p.index && at < p.end)) continue;
    const next = /^\s*[\p{L}]+/u.exec(text.slice(at + m[0].length))?.[0] ?? '';
    out.push(`${m[0]}${next}`.trim());
  }
  return out;
}

export function parseParticipants(raw: string): ParticipantsParse {
  const text = normalizeNumbers(raw).replace(/ё/g, 'е');
  const problems: string[] = [];
  const phrases: Phrase[] = [];
  const push = (m: RegExpMatchArray, unit: 'people' | 'organizations', forcedForeign: boolean, assumed = false) => {
    const index = m.index ?? 0;
    const qual = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const first = Number(m[2]);
    const range = m[3] !== undefined;
    if (phrases.some((p) => index < p.end && index + m[0].length > p.index)) return;
    phrases.push({
      index,
      end: index + m[0].length,
      count: first,
      qualifier:
        ['более', 'свыше', 'не менее', 'больше', 'от'].includes(qual) || range || m[0].includes('+')
          ? 'atLeast'
          : 'exact',
      approx: ['около', 'порядка', 'примерно', 'приблизительно', 'до'].includes(qual) ? qual : null,
      range,
      assumed,
      unit,
      total: false,
      sub: false,
      foreign: forcedForeign,
    });
  };
  for (const m of text.matchAll(UNIT_RE)) push(m, unitOf(m[5] ?? ''), false);
  for (const m of text.matchAll(FOREIGN_ADJ_RE)) push(m, 'people', true);
  // A cell that opens with a bare number: «300+», «свыше 50», «50 (из них 10 иностранных)».
  const bare = BARE_LEAD_RE.exec(text);
  if (bare) push(bare, 'people', false, true);
  phrases.sort((a, b) => a.index - b.index);
  // «по 10 человек» counts each member of a group, not the event: no total can be read from it.
  const explained: Phrase[] = [];
  for (const p of [...phrases])
    if (/(?<![\p{L}])по\s+$/u.test(text.slice(Math.max(0, p.index - 6), p.index))) {
      phrases.splice(phrases.indexOf(p), 1);
      explained.push(p);
      problems.push(`«по ${p.count}» — число на каждого из нескольких, общее число участников не указано`);
    }

  let inSub = false;
  let prevEnd = 0;
  phrases.forEach((p, i) => {
    const before = text.slice(prevEnd, p.index);
    if (/[.;]\s|[.;]$/.test(before) && !/\d\.$/.test(before.trim())) inSub = false;
    if (TOTAL_MARK_RE.test(text.slice(Math.max(0, p.index - 80), p.index))) {
      p.total = true;
      inSub = false;
    } else if (i > 0 && SUB_MARK_RE.test(before)) inSub = true;
    p.sub = inSub && !p.total;
    // What the count is said to be: up to the next count or the end of the clause.
    const next = phrases[i + 1]?.index ?? text.length;
    const clause = text.slice(p.index, next).split(/[;]|\.\s/)[0] ?? '';
    if (FOREIGN_RE.test(clause)) p.foreign = true;
    prevEnd = p.end;
  });

  const unused = unusedNumbers(text, [...phrases, ...explained]);
  if (unused.length > 0)
    problems.push(`в ячейке есть числа, не учтённые в подсчёте участников: ${unused.map((u) => `«${u}»`).join(', ')}`);
  if (phrases.length === 0) return { count: null, qualifier: null, unit: null, foreignCount: null, problems };

  const totals = phrases.filter((p) => p.total);
  let main: Phrase[];
  if (totals.length > 0) main = [totals[totals.length - 1] as Phrase];
  else {
    const top = phrases.filter((p) => !p.sub);
    const people = top.filter((p) => p.unit === 'people');
    main = people.length > 0 ? people : top;
    if (main.length > 1)
      problems.push(`количество участников получено сложением чисел: ${main.map((p) => p.count).join(' + ')}`);
  }
  const count = main.reduce((s, p) => s + p.count, 0);
  const unit = (main[0] as Phrase).unit;
  const qualifier = main.some((p) => p.qualifier === 'atLeast') ? 'atLeast' : 'exact';
  for (const p of main) {
    if (p.assumed) problems.push(`единица не указана: число «${p.count}» принято за число участников (человек)`);
    if (p.approx) problems.push(`приблизительное количество («${p.approx} ${p.count}»)`);
    if (p.range) problems.push(`указан диапазон, взята нижняя граница ${p.count}`);
  }
  const foreignParts = phrases.filter((p) => p.foreign && p.unit === 'people' && (p.sub || main.includes(p)));
  const foreignCount = foreignParts.length > 0 ? foreignParts.reduce((s, p) => s + p.count, 0) : null;
  if (foreignCount !== null && foreignCount > count)
    problems.push(`иностранных участников (${foreignCount}) больше общего числа (${count})`);
  const subs = phrases.filter((p) => p.sub && p.unit === unit);
  const subSum = subs.reduce((s, p) => s + p.count, 0);
  if (subs.length > 0 && subSum > count) problems.push(`сумма частей (${subSum}) больше общего числа (${count})`);
  return { count, qualifier, unit, foreignCount, problems };
}
