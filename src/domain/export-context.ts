// What an exported file is: its name (report, kind, filter — `smolensk-2026-q1-events-BY.csv`) and
// the human-readable context lines that go into it, so a file found later still says where it came from.
import { formatQuarter } from '../lib/calendar';
import { formatDate, formatDateTime } from '../lib/format';
import { describeFilters, filterNameParts, type EventFilters } from './filters';
import type { PreparedReport } from './prepared-report';
import type { Report } from './report-schema';

export const FILE_PREFIX = 'smolensk';

/** ASCII-only piece of a file name: anything else becomes a dash. */
export function fileNameSlug(part: string): string {
  return part
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** `smolensk-2026-q1-events-BY.csv`, `smolensk-2026-q1-events-all.xlsx`: ASCII only, at most ~140 characters. */
export function exportFileName(report: Pick<Report, 'id'>, filters: EventFilters, extension: string, kind = 'events') {
  const parts = filterNameParts(filters).map(fileNameSlug).filter(Boolean);
  let scope = parts.length > 0 ? parts.join('-') : 'all';
  if (scope.length > 100) scope = `${scope.slice(0, 100).replace(/-[^-]*$/, '')}-etc`;
  return `${FILE_PREFIX}-${fileNameSlug(report.id)}-${fileNameSlug(kind)}-${scope}.${extension}`;
}

/** «I квартал 2026 года (1 января 2026 г. – 31 марта 2026 г.)» */
export function periodLabel(report: Report): string {
  const { period } = report;
  return `${formatQuarter(period.year, period.quarter)} (${formatDate(period.start)} – ${formatDate(period.end)})`;
}

/** «28 ноября 2026 г.»: when the report file was read — not the report's date (that is the period). */
export function processedLabel(report: Report): string {
  return formatDate(report.source.parsedAt.slice(0, 10));
}

/** Label/value pairs describing an export: which report, period, filter, how many rows, data date. */
export function exportContext(model: PreparedReport, filters: EventFilters, rowCount: number): [string, string][] {
  const { report } = model;
  const filter = describeFilters(filters, model);
  return [
    ['Отчёт', report.title],
    ['Регион', report.region],
    ['Период', periodLabel(report)],
    ['Фильтр', filter.length > 0 ? filter.join('; ') : 'без фильтров (все мероприятия отчёта)'],
    ['Строк', String(rowCount)],
    ['Файл отчёта обработан', formatDateTime(report.source.parsedAt)],
    ['Исходный файл', report.source.file],
    ['SHA-256 исходного файла', report.source.sha256],
  ];
}
