// What every overview chart needs for downloads and links: file-name parts with the report and the
// active filter, the export footer, and links that keep the `?report=` choice.
import { linkKeepingReport, type LinkBuilder } from '../../config/paths';
import type { ComparisonContext } from '../../domain/comparison';
import type { EventsView } from '../../domain/events-view';
import { FILE_PREFIX, periodLabel, processedLabel } from '../../domain/export-context';
import { filterChips, filterNameParts, type EventFilters } from '../../domain/filters';
import type { PreparedReport } from '../../domain/prepared-report';
import { exportFooter } from '../../shared/chart-export';

const SOURCE_NAME = 'отчёт исполнительных органов Смоленской области о мероприятиях в международной сфере';

export interface ChartContext {
  fileParts: (chart: string) => string[];
  footer: string;
  /** In-app link that keeps the chosen report. */
  link: LinkBuilder;
}

/** Props of a chart whose bars (or map countries) toggle one filter value: a sector id or a country code. */
export interface SelectableChartProps {
  view: EventsView;
  selected: readonly string[];
  onToggle: (value: string) => void;
  context: ChartContext;
  emptyMessage: string | null;
  /** The compared quarter, when there is one to compare with. */
  comparison?: ComparisonContext | null;
}

export function chartContext(model: PreparedReport, filters: EventFilters, current: URLSearchParams): ChartContext {
  const { report } = model;
  return {
    fileParts: (chart) => [FILE_PREFIX, report.id, chart, ...filterNameParts(filters)],
    footer: exportFooter({
      source: SOURCE_NAME,
      period: periodLabel(report),
      processed: processedLabel(report),
      filters: filterChips(filters, model).map((c) => c.label),
    }),
    link: linkKeepingReport(current),
  };
}

/** Toggles a value in a list (filter selections). */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
