// The overview's chart grid, a lazy chunk preloaded with the page. Charts of a dimension get the events
// filtered by everything except that dimension, and highlight the selection. The bar charts are plain
// SVG and draw with the page; the weekly bars (recharts) and the map's drawing are lazy again and load
// when scrolled near or once the page is idle.
import type { EventsView } from '../../../domain/events-view';
import type { EventFilters } from '../../../domain/filters';
import type { Week } from '../../../lib/calendar';
import type { ChartContext } from '../chart-context';
import { CountryChart } from './CountryChart';
import { MapChart } from './MapChart';
import { ParticipantsChart } from './ParticipantsChart';
import { SectorChart } from './SectorChart';
import { TimelineChart } from './TimelineChart';

export interface OverviewChartsProps {
  /** Events passing every filter. */
  view: EventsView;
  /** Events passing every filter except the sector one. */
  ignoringSectors: EventsView;
  /** Events passing every filter except the country one. */
  ignoringCountries: EventsView;
  filters: EventFilters;
  selectedWeek: string | null;
  onToggleSector: (id: string) => void;
  onToggleCountry: (code: string) => void;
  onSelectWeek: (week: Week) => void;
  context: ChartContext;
  emptyMessage: string | null;
}

export default function OverviewCharts({
  view,
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
          view={ignoringSectors}
          selected={filters.sectors}
          onToggle={onToggleSector}
          context={context}
          emptyMessage={emptyMessage}
        />
        <ParticipantsChart
          view={ignoringSectors}
          selected={filters.sectors}
          onToggle={onToggleSector}
          context={context}
          emptyMessage={emptyMessage}
        />
      </div>
      <div className="overview__column">
        <CountryChart
          view={ignoringCountries}
          selected={filters.countries}
          onToggle={onToggleCountry}
          context={context}
          emptyMessage={emptyMessage}
        />
        <MapChart
          view={ignoringCountries}
          selected={filters.countries}
          onToggle={onToggleCountry}
          context={context}
          emptyMessage={emptyMessage}
        />
      </div>
      <TimelineChart
        view={view}
        selectedWeek={selectedWeek}
        onSelectWeek={onSelectWeek}
        context={context}
        emptyMessage={emptyMessage}
      />
    </div>
  );
}
