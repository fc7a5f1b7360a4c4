// Weekly counts of the timeline card (recharts): its own lazy chunk, so recharts stays off the first
// screen's path. The peak week stands out; a bar click or Enter/Space selects that week as a filter.
import type { KeyboardEvent } from 'react';
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekCount } from '../../../domain/aggregations';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { weekLabel } from '../labels';
import {
  BAR_COLOR,
  BAR_DIMMED,
  BAR_SELECTED,
  HOVER_FILL,
  PEAK_COLOR,
  VALUE_COLOR,
} from '../../../shared/components/chart/palette';

export default function WeeklyBars({
  weeks,
  peak,
  selectedWeek,
  onSelectWeek,
  width,
  height,
}: {
  weeks: WeekCount[];
  peak: ReadonlySet<string>;
  selectedWeek: string | null;
  onSelectWeek: (week: WeekCount) => void;
  width: number;
  height: number;
}) {
  const rows = weeks.map((w) => ({ ...w, label: weekLabel(w), display: w.count > 0 ? formatNumber(w.count) : '' }));
  const color = (w: WeekCount) => {
    if (selectedWeek) return w.start === selectedWeek ? BAR_SELECTED : BAR_DIMMED;
    return peak.has(w.start) ? PEAK_COLOR : BAR_COLOR;
  };
  const shape = (props: { x?: number; y?: number; width?: number; height?: number; payload?: WeekCount }) => {
    const { x = 0, y = 0, width: w = 0, height: h = 0, payload } = props;
    if (!payload) return <g />;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelectWeek(payload);
      }
    };
    return (
      <g
        role="button"
        tabIndex={0}
        className="bar-button"
        aria-label={`Неделя ${weekLabel(payload)}: ${countOf(payload.count, FORMS.event)}${peak.has(payload.start) ? ' (пик)' : ''}`}
        aria-pressed={payload.start === selectedWeek}
        onKeyDown={onKeyDown}
      >
        <rect x={x} y={y} width={w} height={Math.max(h, 1)} rx={2} fill={color(payload)} />
      </g>
    );
  };
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      <XAxis dataKey="label" fontSize={11} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
      <YAxis allowDecimals={false} width={28} fontSize={11} tickFormatter={(v: number) => formatNumber(v)} />
      <Tooltip
        cursor={{ fill: HOVER_FILL }}
        content={({ active, payload }) => {
          const w = payload?.[0]?.payload as WeekCount | undefined;
          return active && w ? (
            <ChartTooltip
              title={`Неделя ${weekLabel(w)}${peak.has(w.start) ? ' — пик' : ''}`}
              lines={[['Мероприятий', formatNumber(w.count)]]}
            />
          ) : null;
        }}
      />
      <Bar
        dataKey="count"
        isAnimationActive={false}
        shape={shape}
        onClick={(entry: { payload?: WeekCount }) => entry.payload && onSelectWeek(entry.payload)}
        style={{ cursor: 'pointer' }}
      >
        <LabelList dataKey="display" position="top" fontSize={11} fill={VALUE_COLOR} />
      </Bar>
    </BarChart>
  );
}
