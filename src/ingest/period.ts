// Report id, period and region from the document title («… в I квартале 2026 года»).
import type { Period } from '../domain/report-schema';
import { daysInMonth, isoDate, normalizeText } from './text-utils';

const QUARTER_RE =
  /(?:^|[^\p{L}])(?:в|за|во)\s+(IV|I{1,3}|[1-4](?:\s*-?\s*(?:м|й|ом|ый))?|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*)\s+квартал\p{L}*\s+(\d{4})/iu;

const WORD_QUARTERS: Array<[RegExp, number]> = [
  [/^перв/i, 1],
  [/^втор/i, 2],
  [/^трет/i, 3],
  [/^четв/i, 4],
];
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export function quarterFromToken(token: string): number | null {
  const t = token.trim();
  const roman = ROMAN[t.toUpperCase()];
  if (roman && /^[IVіi]+$/i.test(t)) return roman;
  const digit = /^([1-4])/.exec(t);
  if (digit) return Number(digit[1]);
  for (const [re, q] of WORD_QUARTERS) if (re.test(t)) return q;
  return null;
}

export function periodOf(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    year,
    quarter,
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/** Finds «в I квартале 2026 года» (or «за 3 квартал 2025 г.», «во втором квартале …»). */
export function findPeriod(text: string): Period | null {
  const m = QUARTER_RE.exec(normalizeText(text).replace(/\s+/g, ' '));
  if (!m) return null;
  const quarter = quarterFromToken(m[1] ?? '');
  const year = Number(m[2]);
  if (!quarter || year < 2000 || year > 2100) return null;
  return periodOf(year, quarter);
}

const MONTHS_RE =
  /(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s*[-–—]\s*(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s+(\d{4})/iu;
const MONTH_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

function monthIndex(stem: string): number {
  const s = stem.toLowerCase();
  return MONTH_STEMS.findIndex((m) => s.startsWith(m)) + 1;
}

/** «за январь – март 2026 года»: a range of months that is exactly one quarter. */
function quarterFromMonths(text: string): Period | null {
  const m = MONTHS_RE.exec(text);
  if (!m) return null;
  const from = monthIndex(m[1] ?? '');
  const to = monthIndex(m[2] ?? '');
  const year = Number(m[3]);
  if (from % 3 !== 1 || to !== from + 2 || year < 2000 || year > 2100) return null;
  return periodOf(year, (from + 2) / 3);
}

/** Periods a title may name that are not one quarter: refused, never guessed. */
const NOT_A_QUARTER_RES = [
  /(?:^|[^\p{L}])(?:в|во|за)\s+(?:I{1,3}|IV|[1-4]|перв\p{L}*|втор\p{L}*|трет\p{L}*)\s*(?:[-–—]|и|,)\s*(?:I{1,3}|IV|[1-4]|втор\p{L}*|трет\p{L}*|четв\p{L}*)\s+квартал\p{L}*(?:\s+\d{4}(?:\s+г\p{L}*\.?)?)?/iu,
  /(?:^|[^\p{L}])(?:в|во|за)\s+(?:I|II|1|2|перв\p{L}*|втор\p{L}*)?\s*полугоди\p{L}*(?:\s+\d{4}(?:\s+г\p{L}*\.?)?)?/iu,
  /(?:^|[^\p{L}])(?:за|в\s+течение)\s+(?:\d{1,2}|девять|шесть|три|двенадцать)\s+месяц\p{L}*(?:\s+\d{4}(?:\s+г\p{L}*\.?)?)?/iu,
  /(?:^|[^\p{L}])(?:за|в)\s+\d{4}\s+(?:год\p{L}*|г\.)/iu,
  /(?:^|[^\p{L}])(?:за|в)\s+(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*(?:\s*[-–—]\s*(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*)?\s+\d{4}(?:\s+г\p{L}*\.?)?/iu,
];

export type TitlePeriod = { kind: 'quarter'; period: Period } | { kind: 'other'; phrase: string } | { kind: 'none' };

/**
 * The reporting period named by the document's title: one quarter («в I квартале 2026 года», «за
 * январь – март 2026 года»), another period (half-year, nine months, a year, two quarters — reported
 * so the caller can refuse it), or none.
 */
export function titlePeriod(title: string): TitlePeriod {
  const text = normalizeText(title).replace(/\s+/g, ' ');
  for (const re of NOT_A_QUARTER_RES) {
    const m = re.exec(text);
    if (m && !(re === NOT_A_QUARTER_RES[4] && quarterFromMonths(m[0])))
      return { kind: 'other', phrase: m[0].replace(/^[^\p{L}]+/u, '').trim() };
  }
  const period = findPeriod(text) ?? quarterFromMonths(text);
  return period ? { kind: 'quarter', period } : { kind: 'none' };
}

export function reportIdOf(period: Period): string {
  return `${period.year}-q${period.quarter}`;
}

/** «исполнительными органами Смоленской области» → «Смоленская область». */
export function findRegion(text: string): string | null {
  const t = normalizeText(text).replace(/\s+/g, ' ');
  const oblast = /(\p{Lu}\p{Ll}+)(с|ц)кой\s+области/u.exec(t);
  if (oblast) return `${oblast[1]}${oblast[2]}кая область`;
  const krai = /(\p{Lu}\p{Ll}+)(с|ц)кого\s+края/u.exec(t);
  if (krai) return `${krai[1]}${krai[2]}кий край`;
  const republic = /Республики\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(t);
  if (republic) return `Республика ${republic[1]}`;
  const city = /(?:города|г\.)\s+(Москвы|Санкт-Петербурга|Севастополя)/u.exec(t);
  if (city)
    return { Москвы: 'Москва', 'Санкт-Петербурга': 'Санкт-Петербург', Севастополя: 'Севастополь' }[city[1] as 'Москвы'];
  return null;
}
