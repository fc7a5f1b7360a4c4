// Russian date expressions → ISO start/end.
// Handles «29 января 2026 года», «6-22 февраля 2026 года», «10–13 февраля», «с 9 по 15 февраля»,
// «30 января – 2 февраля 2026 г.», «30 декабря 2025 – 2 января 2026», «10.02.2026», «10-12.02.2026»,
// a month alone («февраль 2026») and lists («5, 12 и 19 февраля»). The year comes from the text or,
// when absent, from the report period.
import { MONTH_GENITIVE } from '../lib/calendar';
import { daysInMonth, foldForMatch, isoDate } from './text-utils';

const MONTH_STEMS: Array<[RegExp, number]> = [
  [/^янв/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^ма[йяе]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^авг/, 8],
  [/^сен/, 9],
  [/^окт/, 10],
  [/^ноя/, 11],
  [/^дек/, 12],
];

export function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (w.length < 3) return null;
  for (const [re, m] of MONTH_STEMS) if (re.test(w)) return m;
  return null;
}

type Token =
  { t: 'day'; v: number } | { t: 'month'; v: number } | { t: 'year'; v: number } | { t: 'sep' } | { t: 'list' };

function tokenize(raw: string, problems: string[]): Token[] {
  let s = foldForMatch(raw);
  // Numeric dates: 10.02.2026 → 10 <month 2> 2026; 10.02 → 10 <month 2>.
  s = s.replace(/(?<!\d)(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d])/g, (m, d: string, mo: string, y?: string) => {
    const month = Number(mo);
    if (month < 1 || month > 12) {
      if (y) problems.push(`несуществующий месяц ${month} в дате «${m}»`);
      return y ? ' ' : m;
    }
    const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : null;
    return ` ${d} @m${month} ${year ?? ''} `;
  });
  const tokens: Token[] = [];
  const re = /@m(\d{1,2})|(\d+)|([а-я]+)|(-)|([,;])/gu;
  for (const m of s.matchAll(re)) {
    if (m[1]) tokens.push({ t: 'month', v: Number(m[1]) });
    else if (m[2]) {
      const n = Number(m[2]);
      if (m[2].length === 4) tokens.push({ t: 'year', v: n });
      // Any one- or two-digit number may be a day: «32 января» is an impossible date, not a month alone.
      else if (m[2].length <= 2) tokens.push({ t: 'day', v: n });
    } else if (m[3]) {
      const w = m[3];
      if (w === 'по' || w === 'до') tokens.push({ t: 'sep' });
      else if (w === 'и') tokens.push({ t: 'list' });
      else {
        const month = isMonthWord(w) ? monthFromWord(w) : null;
        if (month !== null) tokens.push({ t: 'month', v: month });
      }
    } else if (m[4]) tokens.push({ t: 'sep' });
    else if (m[5]) tokens.push({ t: 'list' });
  }
  return tokens;
}

const MONTH_WORD_RE =
  /^(январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]|янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)$/;

function isMonthWord(w: string): boolean {
  return MONTH_WORD_RE.test(w);
}

interface Point {
  day: number | null;
  month: number;
  year: number | null;
}

export interface DateParse {
  start: string | null;
  end: string | null;
  /** Problems found, in Russian, for warnings. */
  problems: string[];
}

export interface DateContext {
  /** Year used when the text has none (the report period's year). */
  year: number;
  /** Report period, to place a year-less range that crosses the new year. */
  periodStart?: string;
  periodEnd?: string;
}

/**
 * Months that go down cross the new year only when they are close over it («30 декабря – 2 января»,
 * «ноябрь – февраль»: at most four months forward); «март – февраль» is a reversed range, not eleven months.
 */
function crossesNewYear(earlier: number, later: number): boolean {
  return later < earlier && 12 - earlier + later <= 4;
}

/** Gives years to points [from, to) going backwards from `year`, stepping back a year over the new year. */
function fillBackward(points: Point[], from: number, to: number, year: number): void {
  let y = year;
  for (let i = to - 1; i >= from; i -= 1) {
    const p = points[i] as Point;
    const next = points[i + 1];
    if (i < to - 1 && next && crossesNewYear(p.month, next.month)) y -= 1;
    p.year = y;
  }
}

function fillForward(points: Point[], from: number, year: number): void {
  let y = year;
  for (let i = from; i < points.length; i += 1) {
    const p = points[i] as Point;
    const prev = points[i - 1];
    if (i > from && prev && crossesNewYear(prev.month, p.month)) y += 1;
    p.year = y;
  }
}

export function parseDates(raw: string, ctx: DateContext | number): DateParse {
  const context: DateContext = typeof ctx === 'number' ? { year: ctx } : ctx;
  const problems: string[] = [];
  const tokens = tokenize(raw, problems);
  const points: Point[] = [];
  let pendingDays: number[] = [];
  let yearFrom = 0; // points from this index still lack an explicit year
  let lastYear: number | null = null;
  let separated = false;
  let listed = false;
  for (const tok of tokens) {
    if (tok.t === 'day') pendingDays.push(tok.v);
    else if (tok.t === 'month') {
      if (pendingDays.length === 0) points.push({ day: null, month: tok.v, year: null });
      for (const d of pendingDays) points.push({ day: d, month: tok.v, year: null });
      pendingDays = [];
    } else if (tok.t === 'year') {
      if (points.length > yearFrom) fillBackward(points, yearFrom, points.length, tok.v);
      yearFrom = points.length;
      lastYear = tok.v;
    } else if (tok.t === 'sep') separated = true;
    else listed = true;
  }
  if (pendingDays.length > 0) problems.push(`число без месяца: ${pendingDays.join(', ')}`);
  if (points.length === 0) {
    if (raw.trim() !== '' && problems.length === 0) problems.push(`не удалось распознать сроки «${raw.trim()}»`);
    return { start: null, end: null, problems };
  }
  if (yearFrom < points.length) {
    if (lastYear !== null) fillForward(points, yearFrom, lastYear);
    else {
      fillForward(points, 0, context.year);
      const wraps = (points[points.length - 1] as Point).year !== context.year;
      // «30 декабря – 2 января» in a Q1 report began the previous year.
      if (wraps && context.periodStart && context.periodStart.slice(5) < '07')
        fillBackward(points, 0, points.length, context.year);
    }
  }
  const first = points[0] as Point;
  const last = points[points.length - 1] as Point;
  const toIso = (p: Point, edge: 'start' | 'end'): string | null => {
    const year = p.year ?? context.year;
    const dim = daysInMonth(year, p.month);
    const day = p.day ?? (edge === 'start' ? 1 : dim);
    if (day < 1 || day > dim) {
      problems.push(
        `несуществующая дата: ${day} ${MONTH_GENITIVE[p.month - 1]} ${year} года (в этом месяце ${dim} ${dim === 31 ? 'день' : 'дней'})`,
      );
      return null;
    }
    return isoDate(year, p.month, day);
  };
  if (points.length > 2 || (points.length === 2 && listed && !separated))
    problems.push('указано несколько отдельных дат: взят период от первой до последней');
  const monthOnly = points.some((p) => p.day === null);
  let start = toIso(first, 'start');
  let end = toIso(last, 'end');
  if (start && end && end < start) {
    problems.push(
      `дата окончания (${end}) раньше даты начала (${start}): сроки указаны в обратном порядке и не определены`,
    );
    [start, end] = [null, null];
  }
  // Both dates or neither: a range with one impossible end is not a range.
  if (start === null || end === null) [start, end] = [null, null];
  else if (monthOnly) problems.push('указан только месяц без числа: взят весь месяц');
  return { start, end, problems: [...new Set(problems)] };
}
