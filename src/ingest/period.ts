// Report id, period and region from the document title («… в I квартале 2026 года»).
import type { Period } from '../domain/report-schema';
import { daysInMonth, isoDate, normalizeSpaces } from './text-utils';

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
  const m = QUARTER_RE.exec(normalizeSpaces(text).replace(/\s+/g, ' '));
  if (!m) return null;
  const quarter = quarterFromToken(m[1] ?? '');
  const year = Number(m[2]);
  if (!quarter || year < 2000 || year > 2100) return null;
  return periodOf(year, quarter);
}

export function reportIdOf(period: Period): string {
  return `${period.year}-q${period.quarter}`;
}

/** «исполнительными органами Смоленской области» → «Смоленская область». */
export function findRegion(text: string): string | null {
  const t = normalizeSpaces(text).replace(/\s+/g, ' ');
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
