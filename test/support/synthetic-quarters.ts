// SYNTHETIC QUARTERS FOR TESTS — NOT REAL DATA. Only the Q1 2026 report is real; comparing quarters
// needs more, so tests make them from it: the raw text with the quarter (title, notes, event dates)
// moved, some rows dropped and some copied with words replaced, renumbered, then parsed by the real
// ingest (as text, or as a .docx built from the same text). Every title carries SYNTHETIC_MARK, and
// nothing here is ever written to data/reports/. What each spec changes is spelled out in the spec,
// so a test can say by hand what the comparison must find (e.g. «rows 1–3 dropped: 3 fewer events»).
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/domain/report-schema';
import { parseReportFile } from '../../src/ingest/report-file';
import { readTextExport } from '../../src/ingest/read-text';
import { RAW_REPORT_PATH } from './raw-report';
import { buildDocx } from './docx-fixture';

/** In the title of every synthetic report, so no screenshot or download can pass for real data. */
export const SYNTHETIC_MARK = '[СИНТЕТИЧЕСКИЕ ДАННЫЕ ДЛЯ ТЕСТОВ]';

export interface RowCopy {
  /** The Q1 row copied; the copy follows it (same sector). */
  of: number;
  /** Text replacements in the copy, in order. */
  replace?: readonly (readonly [string, string])[];
}

export interface SyntheticSpec {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Q1 rows left out. */
  drop?: readonly number[];
  copies?: readonly RowCopy[];
  /** Sector headings reworded: [Q1 heading, new heading]. */
  headings?: readonly (readonly [string, string])[];
  /** Text replacements over the whole document after everything else (e.g. to break its title). */
  replace?: readonly (readonly [string, string])[];
}

/**
 * Q2 2026 as the tests and the e2e journey use it: rows 1–3 dropped (two without a partner country
 * and the one with the UAE), copies of row 4 moved to Belgrade (Serbia: a country Q1 does not have),
 * of rows 7, 8 and 29 (Belarus) and of row 34 (Kazakhstan). 34 − 3 + 5 = 36 events.
 */
export const Q2_2026: SyntheticSpec = {
  year: 2026,
  quarter: 2,
  drop: [1, 2, 3],
  copies: [
    {
      of: 4,
      replace: [
        ['г. Алматы, Республика Казахстан', 'г. Белград, Республика Сербия'],
        ['37-й международной выставке моды Central Asia Fashion', 'Белградской международной выставке моды'],
      ],
    },
    { of: 7, replace: [['Рабочий визит', 'Повторный рабочий визит']] },
    { of: 8, replace: [['Рабочий визит', 'Повторный рабочий визит']] },
    { of: 29 },
    { of: 34, replace: [['Участие в работе', 'Повторное участие в работе']] },
  ],
};

/** Q1 2025: the same rows as Q1 2026 a year earlier, less rows 30–34 (29 events). */
export const Q1_2025: SyntheticSpec = { year: 2025, quarter: 1, drop: [30, 31, 32, 33, 34] };

/** Q4 2025: Q1 2026's rows moved to the previous quarter, less rows 20–34 (19 events). */
export const Q4_2025: SyntheticSpec = {
  year: 2025,
  quarter: 4,
  drop: Array.from({ length: 15 }, (_, i) => 20 + i),
};

const MONTH_FORMS: readonly (readonly [gen: string, nom: string, prep: string])[] = [
  ['января', 'январь', 'январе'],
  ['февраля', 'февраль', 'феврале'],
  ['марта', 'март', 'марте'],
  ['апреля', 'апрель', 'апреле'],
  ['мая', 'май', 'мае'],
  ['июня', 'июнь', 'июне'],
  ['июля', 'июль', 'июле'],
  ['августа', 'август', 'августе'],
  ['сентября', 'сентябрь', 'сентябре'],
  ['октября', 'октябрь', 'октябре'],
  ['ноября', 'ноябрь', 'ноябре'],
  ['декабря', 'декабрь', 'декабре'],
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Q1's months (any case form, any capitalisation) moved `by` months, days past a month's end clamped. */
function moveMonths(text: string, by: number): string {
  if (by === 0) return text;
  const words = MONTH_FORMS.slice(0, 3).flatMap((forms, m) => forms.map((form, f) => ({ form, m, f })));
  const pattern = new RegExp(`(\\d{1,2})?(\\s*)(?<![а-яё])(${words.map((w) => w.form).join('|')})(?![а-яё])`, 'giu');
  return text.replace(pattern, (_whole, day: string | undefined, space: string, word: string) => {
    const hit = words.find((w) => w.form === word.toLowerCase())!;
    const target = hit.m + by;
    let replaced = MONTH_FORMS[target]![hit.f]!;
    if (word[0] !== word[0]!.toLowerCase()) replaced = replaced[0]!.toUpperCase() + replaced.slice(1);
    const clamped = day === undefined ? '' : String(Math.min(Number(day), DAYS[target]!));
    return `${clamped}${space}${replaced}`;
  });
}

interface Segment {
  kind: 'preamble' | 'heading' | 'row' | 'notes';
  number?: number;
  lines: string[];
}

const ROW_START = /^\t(\d+)\. *$/;
const HEADING = /^\t(?:Сотрудничество|Общие направления|Иные направления|Прочие мероприятия)[^\t]*$/;
/** The closing note after the table («В I квартале 2026 года состоялось 3 встречи…»). */
const NOTES = /^\tВ [IV]+ квартале/;

function segments(text: string): Segment[] {
  const out: Segment[] = [{ kind: 'preamble', lines: [] }];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const row = ROW_START.exec(line);
    if (row) out.push({ kind: 'row', number: Number(row[1]), lines: [line] });
    else if (NOTES.test(line) && (lines[i - 1] ?? '') === '') out.push({ kind: 'notes', lines: [line] });
    else if (HEADING.test(line) && (lines[i - 1] ?? '') === '' && out.length > 1)
      out.push({ kind: 'heading', lines: [line] });
    else out.at(-1)!.lines.push(line);
  });
  return out;
}

function replaceAll(text: string, pairs: readonly (readonly [string, string])[] = []): string {
  return pairs.reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`synthetic spec: «${from}» not found`);
    return t.split(from).join(to);
  }, text);
}

/** The synthetic report as the ministries' text export (UTF-8). */
export function syntheticText(spec: SyntheticSpec): string {
  const raw = readFileSync(RAW_REPORT_PATH, 'utf8');
  const drop = new Set(spec.drop ?? []);
  const kept: Segment[] = [];
  const all = segments(raw);
  all.forEach((segment, i) => {
    if (segment.kind === 'row' && drop.has(segment.number!)) return;
    // A heading whose rows all go goes too (a heading without rows is a warning of its own).
    if (segment.kind === 'heading') {
      const next = all.slice(i + 1);
      const end = next.findIndex((s) => s.kind !== 'row');
      const rows = next.slice(0, end < 0 ? next.length : end);
      if (rows.every((r) => drop.has(r.number!))) return;
    }
    if (segment.kind === 'heading')
      kept.push({ ...segment, lines: [replaceHeading(segment.lines[0]!, spec), ...segment.lines.slice(1)] });
    else kept.push(segment);
    for (const copy of (spec.copies ?? []).filter((c) => c.of === segment.number && segment.kind === 'row'))
      kept.push({ kind: 'row', lines: replaceAll(segment.lines.join('\n'), copy.replace).split('\n') });
  });
  let n = 0;
  const body = kept
    .map((s) => (s.kind === 'row' ? [`\t${(n += 1)}. `, ...s.lines.slice(1)] : s.lines).join('\n'))
    .join('\n');
  const quarter = ROMAN[spec.quarter - 1]!;
  const moved = moveMonths(body, (spec.quarter - 1) * 3)
    .replace(/(?<![IV])I(?= квартал)/g, quarter)
    .replace(/2026/g, String(spec.year))
    .replace(/^(\s*)Отчет о мероприятиях/, `$1${SYNTHETIC_MARK} Отчет о мероприятиях`);
  return replaceAll(moved, spec.replace);
}

function replaceHeading(line: string, spec: SyntheticSpec): string {
  const pair = spec.headings?.find(([from]) => line.trim() === from);
  return pair ? `\t${pair[1]}` : line;
}

/** The file name a synthetic report is loaded under. */
export function syntheticFileName(spec: SyntheticSpec, ext: 'txt' | 'docx'): string {
  return `synthetic-${spec.year}-q${spec.quarter}.${ext}`;
}

/** The synthetic report as a Word file, built from the same text (a table of its rows and cells). */
export async function syntheticDocx(spec: SyntheticSpec): Promise<Buffer> {
  return buildDocx(readTextExport(syntheticText(spec)));
}

/** The synthetic report parsed by the real ingest from its text, with a fixed parse date. */
export async function syntheticReport(spec: SyntheticSpec): Promise<Report> {
  const bytes = new TextEncoder().encode(syntheticText(spec));
  const parsed = await parseReportFile({
    name: syntheticFileName(spec, 'txt'),
    bytes,
    parsedAt: `${spec.year}-${String(spec.quarter * 3 + 1).padStart(2, '0')}-01T09:00:00.000Z`.replace(
      /^(\d{4})-13-/,
      (_, y: string) => `${Number(y) + 1}-01-`,
    ),
  });
  return parsed.report;
}
