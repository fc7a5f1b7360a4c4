// What every overview chart needs for downloads and links: file-name parts with the report and the
// active filter, the export footer, and links that keep the `?report=` choice.
import { filterChips } from '../../shared/components/FilterBar';
import { filterNameParts } from '../../domain/export-context';
import { exportFooter } from '../../shared/chart-export';
import { linkKeepingReport, type LinkBuilder } from '../../config/paths';
import type { EventFilters } from '../../domain/filters';
import type { Report, ReportEvent } from '../../domain/report-schema';
import { formatDate, formatQuarter } from '../../lib/format';

export const SOURCE_NAME = 'отчёт исполнительных органов Смоленской области о мероприятиях в международной сфере';

export interface ChartContext {
  fileParts: (chart: string) => string[];
  footer: string;
  /** In-app link that keeps the chosen report. */
  link: LinkBuilder;
}

/** Props of a chart whose bars (or map countries) toggle one filter value: a sector id or a country code. */
export interface SelectableChartProps {
  events: readonly ReportEvent[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  context: ChartContext;
  emptyMessage: string | null;
}

export function chartContext(report: Report, filters: EventFilters, current: URLSearchParams): ChartContext {
  const period = `${formatQuarter(report.period.year, report.period.quarter)} (${formatDate(report.period.start)} – ${formatDate(report.period.end)})`;
  return {
    fileParts: (chart) => ['smolensk', report.id, chart, ...filterNameParts(filters)],
    footer: exportFooter({ source: SOURCE_NAME, period, filters: filterChips(filters, report).map((c) => c.label) }),
    link: linkKeepingReport(current),
  };
}

/** Toggles a value in a list (filter selections). */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
