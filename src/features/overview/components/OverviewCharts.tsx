// The overview's chart grid. Charts of a dimension get the events filtered by everything except that
// dimension, and highlight the selection. The bar charts and the weekly bars are plain SVG and draw
// with the page; the map's drawing is lazy and loads when scrolled near or once the page is idle.
import type { SelectableChartProps } from '../chart-context';
import { CountryChart } from './CountryChart';
import { MapChart } from './MapChart';
import { ParticipantsChart } from './ParticipantsChart';
import { SectorChart } from './SectorChart';
import { TimelineChart, type TimelineChartProps } from './TimelineChart';

export interface OverviewChartsProps {
  /** The sector charts: events passing every filter but the sector one, the chosen sectors. */
  bySector: SelectableChartProps;
  /** The country charts: events passing every filter but the country one, the chosen countries. */
  byCountry: SelectableChartProps;
  timeline: TimelineChartProps;
}

export default function OverviewCharts({ bySector, byCountry, timeline }: OverviewChartsProps) {
  return (
    <section id="overview-charts" className="overview__charts skip-target" tabIndex={-1} aria-label="Графики">
      <div className="overview__column">
        <SectorChart {...bySector} />
        <ParticipantsChart {...bySector} />
      </div>
      <div className="overview__column">
        <CountryChart {...byCountry} />
        <MapChart {...byCountry} />
      </div>
      <TimelineChart {...timeline} />
    </section>
  );
}
