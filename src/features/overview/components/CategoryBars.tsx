// Horizontal bar chart of categories (sectors, countries) with wrapped labels and bars that are
// buttons: click, Enter or Space toggles the category as a filter. Row height follows the longest
// wrapped label, so labels never overlap at any width.
import type { KeyboardEvent, ReactNode } from 'react';
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../../shared/components/chart/use-element-width';
import { tickHeight, tickLines, WrappedTick } from '../../../shared/components/chart/WrappedTick';
import { formatNumber } from '../../../shared/format';

export interface CategoryDatum {
  key: string;
  label: string;
  value: number;
  /** Text on the bar end, e.g. «не менее 1 200»; defaults to the ru-RU number. */
  valueLabel?: string;
}

export const BAR_COLOR = '#1f5fa8';
export const BAR_SELECTED = '#0f3460';
export const BAR_DIMMED = '#a9c1e0';

export function barColor(selected: boolean, anySelected: boolean): string {
  if (!anySelected) return BAR_COLOR;
  return selected ? BAR_SELECTED : BAR_DIMMED;
}

interface Props {
  data: readonly CategoryDatum[];
  selected: readonly string[];
  onToggle: (key: string) => void;
  /** Accessible name of each bar button: «Беларусь: 23 мероприятия». */
  describe: (d: CategoryDatum) => string;
  tooltip: (d: CategoryDatum) => ReactNode;
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: CategoryDatum;
}

/** Value at the bar end on one line (recharts' own label wraps to the bar's height). */
function EndLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 6;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x} y={y} fontSize={12} fill="#1d2330" dominantBaseline="middle">
      {String(props.value ?? '')}
    </text>
  );
}

export function CategoryBars({ data, selected, onToggle, describe, tooltip }: Props) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const labelWidth = Math.round(Math.min(280, Math.max(120, width * 0.42)));
  const maxLines = Math.max(1, ...data.map((d) => tickLines(d.label, labelWidth - 16).length));
  const rowHeight = Math.max(30, tickHeight(maxLines) + 12);
  const height = data.length * rowHeight + 36;
  const anySelected = selected.length > 0;
  const rows = data.map((d) => ({ ...d, display: d.valueLabel ?? formatNumber(d.value) }));
  const longestValue = Math.max(0, ...rows.map((d) => d.display.length));

  const shape = (props: BarShapeProps) => {
    const { x = 0, y = 0, width: w = 0, height: h = 0, payload } = props;
    if (!payload) return <g />;
    const isSelected = selected.includes(payload.key);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onToggle(payload.key);
      }
    };
    return (
      <g
        role="button"
        tabIndex={0}
        aria-label={describe(payload)}
        aria-pressed={isSelected}
        className="bar-button"
        onKeyDown={onKeyDown}
      >
        {/* A full-row hit area makes short bars easy to click. */}
        <rect x={x} y={y - 2} width={Math.max(w, 24)} height={h + 4} fill="transparent" />
        <rect x={x} y={y} width={Math.max(w, 2)} height={h} rx={3} fill={barColor(isSelected, anySelected)} />
      </g>
    );
  };

  return (
    <div ref={ref} className="category-bars">
      <BarChart
        width={width}
        height={height}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 16 + longestValue * 7, bottom: 4, left: 0 }}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} fontSize={12} />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          tickLine={false}
          tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
            <WrappedTick
              {...props}
              width={labelWidth}
              format={(key) => data.find((d) => d.key === key)?.label ?? key}
              isActive={(key) => selected.includes(key)}
            />
          )}
        />
        <Tooltip
          cursor={{ fill: 'rgb(31 95 168 / 8%)' }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as CategoryDatum | undefined;
            return active && datum ? tooltip(datum) : null;
          }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          shape={shape}
          onClick={(entry: { payload?: CategoryDatum }) => entry.payload && onToggle(entry.payload.key)}
          style={{ cursor: 'pointer' }}
        >
          <LabelList dataKey="display" content={EndLabel} />
        </Bar>
      </BarChart>
    </div>
  );
}
