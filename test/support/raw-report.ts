// Test oracle independent of the ingest: the raw report text split into its numbered rows, plus
// row sets counted by hand from data/raw/smolensk-international-events-2026-q1.txt. Tests compare
// what the app computes from data/reports/2026-q1.json with these, restricted to the rows the JSON
// holds (so they stay valid while the data file grows to all 34 events).
import { readFileSync } from 'node:fs';
import { EventsView } from '../../src/domain/events-view';
import { prepareReport, type PreparedReport } from '../../src/domain/prepared-report';
import { reportSchema, type Report, type ReportEvent } from '../../src/domain/report-schema';
import { GOLDEN_COUNTRY_EVENTS } from './golden-q1';

export const RAW_REPORT_PATH = 'data/raw/smolensk-international-events-2026-q1.txt';

export function loadReport(): Report {
  return reportSchema.parse(JSON.parse(readFileSync('data/reports/2026-q1.json', 'utf8')));
}

/** The report prepared as the screens get it (typed columns, search index, orders). */
export function loadPrepared(): PreparedReport {
  return prepareReport(loadReport());
}

/** The rows of `model` with these report numbers, as a view in report order. */
export function rowsView(model: PreparedReport, rows: readonly number[]): EventsView {
  return new EventsView(model, Uint32Array.from(model.events.flatMap((e, p) => (rows.includes(e.number) ? [p] : []))));
}

/** A report of just these events (made up for a test), prepared, as a view of all of them. */
export function eventsView(events: ReportEvent[], base: Report = loadReport()): EventsView {
  return prepareReport({ ...base, events }).all;
}

/** Row number → its raw text (title, place, dates, description, participants). */
export function rawRows(): Map<number, string> {
  const text = readFileSync(RAW_REPORT_PATH, 'utf8');
  const parts = text.split(/\n\t(\d+)\. *\n/);
  const rows = new Map<number, string>();
  for (let i = 1; i < parts.length; i += 2) rows.set(Number(parts[i]), parts[i + 1]!);
  return rows;
}

/** Rows whose raw text matches a pattern (the «grep a printout» way of counting). */
export function rawRowsMatching(pattern: RegExp): number[] {
  return [...rawRows()].filter(([, text]) => pattern.test(text)).map(([n]) => n);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Counted by hand from the report; `uncertain` rows are ones a careful reader could file either way. */
export const HAND = {
  /** Place or text names Kazakhstan: Almaty and Astana exhibitions, the congress speakers, the referendum. */
  kazakhstan: [4, 5, 15, 34],
  /** Belarus is a partner: every row naming Беларусь/белорусский except the Ufa meeting (row 13). */
  belarus: [7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 31, 32, 33],
  /**
   * Row 13: a commission of the Union of Belarus and Russia in Ufa, and the M-1 «Беларусь» road — only named
   * under the role rules, so no longer counted (kept as the one row a careful reader could file either way).
   */
  belarusUncertain: [13],
  /** Rows under each sector heading of the report. */
  sectors: {
    'экономического развития': range(1, 6),
    'инвестиционного развития': [7, 8],
    'промышленности и торговли': [9, 10, 11],
    'культуры и туризма': range(16, 20),
    'образования и науки': range(21, 24),
    спорта: [29, 30, 31],
  },
  /** Dates touching each month. */
  months: {
    '2026-01': [1, 26, 27, 28],
    '2026-02': [2, 3, 7, 8, 9, 14, 15, 16, 17, 18, 19, 21, 22, 29, 30, 32],
    '2026-03': [4, 5, 6, 10, 11, 12, 13, 20, 23, 24, 25, 31, 33, 34],
  },
  /** «в дистанционном формате», «видеоконференция», «в режиме видеоконференцсвязи». */
  online: [1, 14, 17, 18, 19, 21, 23, 24],
  /** A telebridge held from a Smolensk library: remote by nature, but the place is not marked online. */
  onlineUncertain: [20],
  /** Participants column states a number (of people or organisations). */
  withParticipantCount: [1, 2, 4, 5, 6, 9, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 34],
  /** Row 32 names one person (the governor) without a number. */
  participantCountUncertain: [32],
  /** Dates overlapping 19 February 2026: three one-day events and the 6–22 February exhibition. */
  on19February: [14, 16, 18, 22],
  /** Dates overlapping 20–31 March 2026. */
  march20to31: [11, 13, 23, 24, 31],
  /** Partner countries and their rows (any role but «only named»: row 13 only names Belarus), as counted in golden-q1.ts. */
  partners: GOLDEN_COUNTRY_EVENTS as Readonly<
    Record<'BY' | 'KZ' | 'CN' | 'IN' | 'AE' | 'DE' | 'KG' | 'ZA', readonly number[]>
  >,
  /** People stated per row («более 1200» in row 15 is a lower bound). */
  people: {
    9: 4,
    14: 58,
    15: 1200,
    17: 120,
    18: 13,
    19: 32,
    20: 50,
    21: 102,
    22: 120,
    23: 2,
    24: 2,
    25: 8,
    26: 50,
    27: 5000,
    28: 15,
    34: 2,
  },
  /** Organisations (small and medium businesses) stated per row. */
  organisations: { 1: 21, 2: 4, 4: 3, 5: 3, 6: 3 },
  /** The busiest Monday week: 2, 7, 8, 9, 15, 16, 29, 30 took place on 9–15 February. */
  peakWeek: { label: '9–15 февр.', rows: [2, 7, 8, 9, 15, 16, 29, 30] },
  /** The closing note: «состоялось 3 встречи (приемы, переговоры) с иностранными делегациями». */
  delegationMeetings: 3,
} as const;

/** Sum of the values of a hand-counted row → number table. */
export function handSum(table: Readonly<Record<number, number>>, rows?: readonly number[]): number {
  return Object.entries(table)
    .filter(([row]) => !rows || rows.includes(Number(row)))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Expected rows restricted to the rows present in the data. */
export function present(report: Report, rows: readonly number[]): number[] {
  const numbers = new Set(report.events.map((e) => e.number));
  return rows.filter((n) => numbers.has(n));
}

export function numbers(events: readonly { number: number }[]): number[] {
  return events.map((e) => e.number).sort((a, b) => a - b);
}

const T = '\t';
/** A synthetic Q3 2025 text export (another region, months, sectors, countries and wordings). */
export const Q3_2025_TEXT = [
  'Информация о мероприятиях в международной сфере, проведенных органами',
  'исполнительной власти Брянской области за III квартал 2025 года',
  '',
  `${T}№ п/п`,
  `${T}Наименование мероприятия`,
  `${T}Место проведения`,
  `${T}Сроки проведения`,
  `${T}Цель и результат`,
  `${T}Участники`,
  '',
  `${T}Сотрудничество в сфере энергетики`,
  '',
  `${T}1. `,
  `${T}Участие в Ташкентском международном инвестиционном форуме`,
  `${T}г. Ташкент,`,
  'Республика Узбекистан',
  `${T}с 1 по 3 июля`,
  `${T}Переговоры с узбекскими компаниями`,
  `${T}свыше 300 участников, в том числе 25 иностранных`,
  '',
  `${T}2. `,
  `${T}Бизнес-миссия во Вьетнам`,
  `${T}г. Ханой, Социалистическая Республика Вьетнам`,
  `${T}30 сентября – 2 октября 2025 года`,
  `${T}Встречи с вьетнамскими и китайскими партнерами`,
  `${T}Делегация (в составе 5-ти человек)`,
  '',
  `${T}Сотрудничество в сфере физической культуры и спорта`,
  '',
  `${T}3. `,
  `${T}Турнир по дзюдо с участием спортсменов из Армении и Сербии`,
  `${T}г. Брянск`,
  `${T}12.08.2025`,
  `${T}Соревнования`,
  `${T}46 спортсменов`,
  '',
  `${T}4. `,
  `${T}Онлайн-семинар с партнерами из Монголии`,
  `${T}в режиме ВКС`,
  `${T}август 2025 года`,
  `${T}Обмен опытом`,
  `${T}Специалисты`,
  '',
  `${T}За III квартал 2025 года проведено 2 приема иностранных делегаций`,
].join('\n');
