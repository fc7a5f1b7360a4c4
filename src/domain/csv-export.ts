// Table export of the current view. One column list drives both CSV and XLSX, so the two files
// always agree. CSV defaults to what Russian Excel opens correctly; cells that a spreadsheet would
// run as a formula are neutralised, because titles and descriptions come from an outside document.
import { countryNames } from './countries';
import { eventRolesText } from './involvement';
import type { EventsView } from './events-view';
import type { ReportEvent } from './report-schema';

export type CellType = 'text' | 'number' | 'date';
export type CellValue = string | number | null;

export interface ExportColumn {
  header: string;
  type: CellType;
  /** XLSX column width in characters. */
  width: number;
  value: (event: ReportEvent) => CellValue;
}

const QUALIFIER = { exact: 'точно', atLeast: 'не менее' } as const;
const UNIT = { people: 'человек', organizations: 'организаций' } as const;

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: '№', type: 'number', width: 6, value: (e) => e.number },
  { header: 'Направление', type: 'text', width: 34, value: (e) => e.sector.name },
  { header: 'Наименование', type: 'text', width: 60, value: (e) => e.title },
  { header: 'Место проведения', type: 'text', width: 40, value: (e) => e.place.raw },
  { header: 'Город', type: 'text', width: 16, value: (e) => e.place.city },
  {
    header: 'Страна проведения',
    type: 'text',
    width: 18,
    value: (e) => (e.place.countryCode ? countryNames(e.place.countryCode).short : null),
  },
  { header: 'Дистанционно', type: 'text', width: 13, value: (e) => (e.place.online ? 'да' : 'нет') },
  { header: 'Дата начала', type: 'date', width: 12, value: (e) => e.dates.start },
  { header: 'Дата окончания', type: 'date', width: 12, value: (e) => e.dates.end },
  { header: 'Сроки (как в отчёте)', type: 'text', width: 24, value: (e) => e.dates.raw },
  {
    header: 'Страны-партнёры',
    type: 'text',
    width: 24,
    value: (e) => e.countries.map((c) => countryNames(c).short).join(', '),
  },
  {
    header: 'Роли стран',
    type: 'text',
    width: 40,
    value: eventRolesText,
  },
  // Per event: the number of its participants (the overview's sum over events counts participations).
  { header: 'Участников мероприятия', type: 'number', width: 12, value: (e) => e.participants.count },
  {
    header: 'Точность числа',
    type: 'text',
    width: 10,
    value: (e) => (e.participants.qualifier ? QUALIFIER[e.participants.qualifier] : null),
  },
  {
    header: 'Единица',
    type: 'text',
    width: 12,
    value: (e) => (e.participants.unit ? UNIT[e.participants.unit] : null),
  },
  { header: 'Иностранных участников', type: 'number', width: 12, value: (e) => e.foreignParticipants?.count ?? null },
  {
    header: 'Иностранные участники: основание',
    type: 'text',
    width: 16,
    value: (e) =>
      e.foreignParticipants === null
        ? null
        : e.foreignParticipants.basis === 'stated'
          ? 'указано в отчёте'
          : 'выведено из состава участников',
  },
  {
    header: 'Подписано соглашений',
    type: 'number',
    width: 10,
    value: (e) => {
      const a = e.outcomes.filter((o) => o.kind === 'agreement');
      return a.length === 0 || a.some((o) => o.count === null) ? null : a.reduce((n, o) => n + (o.count ?? 0), 0);
    },
  },
  { header: 'Участники (как в отчёте)', type: 'text', width: 50, value: (e) => e.participants.raw },
  { header: 'Цель, содержание и результат', type: 'text', width: 80, value: (e) => e.description },
];

/** The typed cell values of the export, one array per event of the view (in its order), in column order. */
export function exportRows(view: EventsView): CellValue[][] {
  return Array.from({ length: view.size }, (_, k) => EXPORT_COLUMNS.map((c) => c.value(view.event(k))));
}

/**
 * A text cell a spreadsheet would treat as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe, the OWASP "CSV injection" mitigation; the text stays readable.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvDialect = 'excel' | 'standard';

export const CSV_DIALECTS: Record<CsvDialect, { separator: string; bom: boolean; newline: string }> = {
  /** Russian Excel: `;` (the comma is the decimal separator there), BOM so it detects UTF-8. */
  excel: { separator: ';', bom: true, newline: '\r\n' },
  /** RFC 4180: `,`, CRLF, no BOM. */
  standard: { separator: ',', bom: false, newline: '\r\n' },
};

function cellText(value: CellValue, type: CellType): string {
  if (value === null) return '';
  if (type === 'text') return neutralizeFormula(String(value).replace(/\r\n?/g, '\n'));
  return String(value); // numbers as plain digits, dates as ISO YYYY-MM-DD: both parse in any locale
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\n\r]/.test(text) || /^\s|\s$/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function buildCsv(view: EventsView, dialect: CsvDialect = 'excel'): string {
  const { separator, bom, newline } = CSV_DIALECTS[dialect];
  const line = (cells: string[]) => cells.map((c) => quote(c, separator)).join(separator);
  const lines = [line(EXPORT_COLUMNS.map((c) => neutralizeFormula(c.header)))];
  for (const row of exportRows(view)) lines.push(line(row.map((v, i) => cellText(v, EXPORT_COLUMNS[i]!.type))));
  return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}
