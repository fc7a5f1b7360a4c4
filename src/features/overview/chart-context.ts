// What every overview chart needs for downloads and links: file-name parts with the report and the
// active filter, the export footer, and links that keep the `?report=` choice.
import { filterChips } from '../../shared/components/FilterBar';
import { filterNameParts } from '../../domain/export-context';
import { exportFooter } from '../../shared/chart-export';
import { REPORT_PARAM } from '../../api/current-report';
import type { EventFilters } from '../../domain/filters';
import type { Report, ReportEvent } from '../../domain/report-schema';
import { formatDate, formatQuarter } from '../../shared/format';

export const EVENT_FORMS = ['мероприятие', 'мероприятия', 'мероприятий'] as const;
export const PEOPLE_FORMS = ['человек', 'человека', 'человек'] as const;
export const ORG_FORMS = ['организация', 'организации', 'организаций'] as const;
export const COUNTRY_FORMS = ['страна', 'страны', 'стран'] as const;

export const SOURCE_NAME = 'отчёт исполнительных органов Смоленской области о мероприятиях в международной сфере';

export interface ChartContext {
  fileParts: (chart: string) => string[];
  footer: string;
  /** In-app link that keeps the chosen report. */
  link: (path: string, params?: URLSearchParams) => string;
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
  const reportId = current.get(REPORT_PARAM);
  return {
    fileParts: (chart) => ['smolensk', report.id, chart, ...filterNameParts(filters)],
    footer: exportFooter({ source: SOURCE_NAME, period, filters: filterChips(filters, report).map((c) => c.label) }),
    link: (path, params = new URLSearchParams()) => {
      const next = new URLSearchParams(params);
      if (reportId && !next.has(REPORT_PARAM)) next.set(REPORT_PARAM, reportId);
      const query = next.toString();
      return query ? `${path}?${query}` : path;
    },
  };
}

/** Toggles a value in a list (filter selections). */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
