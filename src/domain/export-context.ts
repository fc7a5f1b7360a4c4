// What an exported file is: its name (report, kind, filter — `smolensk-2026-q1-events-BY.csv`) and
// the human-readable context lines that go into it, so a file found later still says where it came from.
import { countryNames } from './countries';
import type { EventFilters } from './filters';
import type { Report } from './report-schema';
import { formatDate, formatDateTime, formatMonth, formatQuarter } from '../lib/format';

export const FILE_PREFIX = 'smolensk';

/** ASCII-only piece of a file name: anything else becomes a dash. */
export function fileNameSlug(part: string): string {
  return part
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** File-name parts for the filter; user text (the search query) never reaches a file name. */
export function filterNameParts(filters: EventFilters): string[] {
  const parts = [...filters.countries, ...filters.sectors, ...filters.months];
  if (filters.format) parts.push(filters.format);
  if (filters.hasParticipants !== null) parts.push(filters.hasParticipants ? 'with-count' : 'no-count');
  if (filters.from || filters.to) parts.push(`${filters.from ?? ''}_${filters.to ?? ''}`);
  if (filters.q.trim()) parts.push('search');
  return parts;
}

/** `smolensk-2026-q1-events-BY.csv`, `smolensk-2026-q1-events-all.xlsx`: ASCII only, at most ~140 characters. */
export function exportFileName(report: Pick<Report, 'id'>, filters: EventFilters, extension: string, kind = 'events') {
  const parts = filterNameParts(filters).map(fileNameSlug).filter(Boolean);
  let scope = parts.length > 0 ? parts.join('-') : 'all';
  if (scope.length > 100) scope = `${scope.slice(0, 100).replace(/-[^-]*$/, '')}-etc`;
  return `${FILE_PREFIX}-${fileNameSlug(report.id)}-${fileNameSlug(kind)}-${scope}.${extension}`;
}

/** The filter in words, one item per dimension: «Страны: Беларусь, Казахстан». Empty when unfiltered. */
export function describeFilters(filters: EventFilters, report: Report): string[] {
  const sectorName = (id: string) => report.events.find((e) => e.sector.id === id)?.sector.name ?? id;
  const out: string[] = [];
  if (filters.countries.length > 0)
    out.push(
      `${filters.countries.length === 1 ? 'Страна' : 'Страны'}: ${filters.countries.map((c) => countryNames(c).short).join(', ')}`,
    );
  if (filters.sectors.length > 0)
    out.push(
      `${filters.sectors.length === 1 ? 'Направление' : 'Направления'}: ${filters.sectors.map(sectorName).join(', ')}`,
    );
  if (filters.months.length > 0)
    out.push(`${filters.months.length === 1 ? 'Месяц' : 'Месяцы'}: ${filters.months.map(formatMonth).join(', ')}`);
  if (filters.format) out.push(`Формат: ${filters.format === 'online' ? 'дистанционно' : 'очно'}`);
  if (filters.hasParticipants !== null)
    out.push(`Число участников: ${filters.hasParticipants ? 'указано' : 'не указано'}`);
  if (filters.from || filters.to)
    out.push(
      `Даты: ${[filters.from && `с ${formatDate(filters.from)}`, filters.to && `по ${formatDate(filters.to)}`].filter(Boolean).join(' ')}`,
    );
  if (filters.q.trim()) out.push(`Поиск: «${filters.q.trim()}»`);
  return out;
}

/** «I квартал 2026 года (1 января 2026 г. – 31 марта 2026 г.)» */
export function periodLabel(report: Report): string {
  const { period } = report;
  return `${formatQuarter(period.year, period.quarter)} (${formatDate(period.start)} – ${formatDate(period.end)})`;
}

/** Label/value pairs describing an export: which report, period, filter, how many rows, data date. */
export function exportContext(report: Report, filters: EventFilters, rowCount: number): [string, string][] {
  const filter = describeFilters(filters, report);
  return [
    ['Отчёт', report.title],
    ['Регион', report.region],
    ['Период', periodLabel(report)],
    ['Фильтр', filter.length > 0 ? filter.join('; ') : 'без фильтров (все мероприятия отчёта)'],
    ['Строк', String(rowCount)],
    ['Данные на', formatDateTime(report.source.parsedAt)],
    ['Исходный файл', report.source.file],
    ['SHA-256 исходного файла', report.source.sha256],
  ];
}
