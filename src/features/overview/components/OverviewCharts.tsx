// The overview's chart grid, a lazy chunk preloaded with the page. Charts of a dimension get the events
// filtered by everything except that dimension, and highlight the selection. The bar charts are plain
// SVG and draw with the page; the weekly bars (recharts) and the map's drawing are lazy again and load
// when scrolled near or once the page is idle.
import type { WeekCount } from '../../../domain/aggregations';
import type { EventFilters } from '../../../domain/filters';
import type { Report, ReportEvent } from '../../../domain/report-schema';
import type { ChartContext } from '../chart-context';
import { CountryChart } from './CountryChart';
import { MapChart } from './MapChart';
import { ParticipantsChart } from './ParticipantsChart';
import { SectorChart } from './SectorChart';
import { TimelineChart } from './TimelineChart';

export interface OverviewChartsProps {
  report: Report;
  /** Events passing every filter. */
  events: readonly ReportEvent[];
  /** Events passing every filter except the sector one. */
  ignoringSectors: readonly ReportEvent[];
  /** Events passing every filter except the country one. */
  ignoringCountries: readonly ReportEvent[];
  filters: EventFilters;
  selectedWeek: string | null;
  onToggleSector: (id: string) => void;
  onToggleCountry: (code: string) => void;
  onSelectWeek: (week: WeekCount) => void;
  context: ChartContext;
  emptyMessage: string | null;
}

export default function OverviewCharts({
  report,
  events,
  ignoringSectors,
  ignoringCountries,
  filters,
  selectedWeek,
  onToggleSector,
  onToggleCountry,
  onSelectWeek,
  context,
  emptyMessage,
}: OverviewChartsProps) {
  return (
    <div className="overview__charts">
      <div className="overview__column">
        <SectorChart
          events={ignoringSectors}
          selected={filters.sectors}
          onToggle={onToggleSector}
          context={context}
          emptyMessage={emptyMessage}
        />
        <ParticipantsChart
          events={ignoringSectors}
          selected={filters.sectors}
          onToggle={onToggleSector}
          context={context}
          emptyMessage={emptyMessage}
        />
      </div>
      <div className="overview__column">
        <CountryChart
          events={ignoringCountries}
          selected={filters.countries}
          onToggle={onToggleCountry}
          context={context}
          emptyMessage={emptyMessage}
        />
        <MapChart
          events={ignoringCountries}
          selected={filters.countries}
          onToggle={onToggleCountry}
          context={context}
          emptyMessage={emptyMessage}
        />
      </div>
      <TimelineChart
        events={events}
        period={report.period}
        selectedWeek={selectedWeek}
        onSelectWeek={onSelectWeek}
        context={context}
        emptyMessage={emptyMessage}
      />
    </div>
  );
}
