// Weekly counts of the timeline card (recharts): its own chunk, so recharts stays off the first screen's
// path. The peak week stands out; a bar click or Enter/Space selects that week as a filter. The chart
// is one tab stop, the arrow keys move between the weeks (roving tabindex). Every week is labelled,
// on two lines where it needs them, unless the chart is too narrow for that (a phone): then recharts
// keeps the first and last labels and what fits between.
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekCount } from '../../../domain/aggregations';
import type { Week } from '../../../lib/calendar';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { usePrinting } from '../../../shared/components/chart/print-media';
import { useRovingFocus } from '../../../shared/components/chart/roving-focus';
import { useMeasureText } from '../../../shared/components/chart/text-metrics';
import { tickLines } from '../../../shared/components/chart/WrappedTick';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { weekLabel } from '../labels';
import {
  AXIS_COLOR,
  BAR_COLOR,
  BAR_DIMMED,
  BAR_SELECTED,
  HOVER_FILL,
  PEAK_COLOR,
  VALUE_COLOR,
} from '../../../shared/components/chart/palette';

const Y_AXIS_WIDTH = 28;
const MARGIN = { top: 20, right: 8, bottom: 4, left: 0 };
const LINE_HEIGHT = 1.2;

/** A week label on as many lines as it needs (at most two fit under a bar). */
function WeekTick({
  x = 0,
  y = 0,
  payload,
  width,
  fontSize,
}: {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  width: number;
  fontSize: number;
}) {
  const lines = tickLines(String(payload?.value ?? ''), width, fontSize);
  return (
    <text x={x} y={y + 4} textAnchor="middle" fontSize={fontSize} fill={AXIS_COLOR} className="chart-axis-text">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.71em' : fontSize * LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

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
  onSelectWeek: (week: Week) => void;
  width: number;
  height: number;
}) {
  const printing = usePrinting();
  const measureText = useMeasureText();
  const fontSize = printing ? 10 : 11;
  const rows = weeks.map((w) => ({ ...w, label: weekLabel(w), display: w.count > 0 ? formatNumber(w.count) : '' }));
  const initial = Math.max(
    0,
    weeks.findIndex((w) => (selectedWeek ? w.start === selectedWeek : peak.has(w.start))),
  );
  const roving = useRovingFocus(weeks.length, initial);
  // Every label in its bar's slot, on at most two lines, or recharts thins them out.
  const slot = (width - Y_AXIS_WIDTH - MARGIN.right) / Math.max(1, rows.length) - 4;
  const everyLabelFits = rows.every((r) => {
    const lines = tickLines(r.label, slot, fontSize, measureText);
    return lines.length <= 2 && lines.every((l) => measureText(l, fontSize) <= slot);
  });
  const color = (w: WeekCount) => {
    if (selectedWeek) return w.start === selectedWeek ? BAR_SELECTED : BAR_DIMMED;
    return peak.has(w.start) ? PEAK_COLOR : BAR_COLOR;
  };
  const colorClass = (w: WeekCount) => {
    if (selectedWeek) return w.start === selectedWeek ? 'chart-bar chart-bar--selected' : 'chart-bar chart-bar--dimmed';
    return peak.has(w.start) ? 'chart-bar chart-bar--peak' : 'chart-bar';
  };
  const shape = (props: { x?: number; y?: number; width?: number; height?: number; payload?: WeekCount }) => {
    const { x = 0, y = 0, width: w = 0, height: h = 0, payload } = props;
    if (!payload) return <g />;
    const index = weeks.findIndex((week) => week.start === payload.start);
    return (
      <g
        role="button"
        className="bar-button"
        aria-label={`Неделя ${weekLabel(payload)}: ${countOf(payload.count, FORMS.event)}${peak.has(payload.start) ? ' (пик)' : ''}`}
        aria-pressed={payload.start === selectedWeek}
        {...roving.itemProps(index, () => onSelectWeek(payload))}
      >
        <rect
          x={x}
          y={y}
          width={w}
          height={Math.max(h, 1)}
          rx={2}
          fill={color(payload)}
          className={colorClass(payload)}
        />
      </g>
    );
  };
  return (
    <BarChart width={width} height={height} data={rows} margin={MARGIN} barCategoryGap="18%" accessibilityLayer={false}>
      <XAxis
        dataKey="label"
        tickLine={false}
        interval={everyLabelFits ? 0 : 'preserveStartEnd'}
        minTickGap={8}
        height={fontSize * LINE_HEIGHT * 2 + 10}
        tick={<WeekTick width={slot} fontSize={fontSize} />}
      />
      <YAxis
        allowDecimals={false}
        width={Y_AXIS_WIDTH}
        fontSize={fontSize}
        tickFormatter={(v: number) => formatNumber(v)}
      />
      {!printing && (
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
      )}
      <Bar
        dataKey="count"
        isAnimationActive={false}
        shape={shape}
        onClick={(entry: { payload?: WeekCount }) => {
          if (!entry.payload) return;
          roving.setActive(weeks.findIndex((week) => week.start === entry.payload!.start));
          onSelectWeek(entry.payload);
        }}
        style={{ cursor: 'pointer' }}
      >
        <LabelList
          dataKey="display"
          position="top"
          fontSize={fontSize}
          fill={VALUE_COLOR}
          className="chart-value-text"
        />
      </Bar>
    </BarChart>
  );
}
