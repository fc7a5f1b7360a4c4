// Test oracle independent of the ingest: the raw report text split into its numbered rows, plus
// row sets counted by hand from data/raw/smolensk-international-events-2026-q1.txt. Tests compare
// what the app computes from data/reports/2026-q1.json with these, restricted to the rows the JSON
// holds (so they stay valid while the data file grows to all 34 events).
import { readFileSync } from 'node:fs';
import { reportSchema, type Report } from '../../src/domain/report-schema';

export const RAW_REPORT_PATH = 'data/raw/smolensk-international-events-2026-q1.txt';

export function loadReport(): Report {
  return reportSchema.parse(JSON.parse(readFileSync('data/reports/2026-q1.json', 'utf8')));
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
  /** Row 13: a commission of the Union of Belarus and Russia in Ufa, and the M-1 «Беларусь» road. */
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
} as const;

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
