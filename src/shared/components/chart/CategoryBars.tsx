// Horizontal bar chart of categories (sectors, countries) with wrapped labels. With `onToggle` the bars
// are buttons: click, Enter or Space toggles the category as a filter. Row height follows the longest
// wrapped label, so labels never overlap at any width.
// Drawn as plain SVG, laid out like the recharts charts beside it: the first chart of the overview then
// needs no recharts (~105 KB gzip and ~0.25 s of script before it could paint).
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { countTicks } from './axis-ticks';
import { useElementWidth } from './use-element-width';
import { tickHeight, tickLines, WrappedTick } from './WrappedTick';
import { formatNumber } from '../../../lib/format';
import { AXIS_COLOR, AXIS_FONT_SIZE, barColor, HOVER_FILL, VALUE_COLOR, VALUE_FONT_SIZE } from './palette';

export interface CategoryDatum {
  key: string;
  label: string;
  value: number;
  /** Text on the bar end, e.g. «не менее 1 200»; defaults to the ru-RU number. */
  valueLabel?: string;
}

interface Props {
  data: readonly CategoryDatum[];
  /** Keys drawn as selected (the others dimmed while any is). */
  selected?: readonly string[];
  /** Makes each bar a toggle button for its category. */
  onToggle?: (key: string) => void;
  /** Accessible name of each bar button: «Беларусь: 23 мероприятия». */
  describe?: (d: CategoryDatum) => string;
  /** Shown next to the pointer over a bar. */
  tooltip?: (d: CategoryDatum) => ReactNode;
}

const NONE: readonly string[] = [];
const MARGIN = { top: 4, bottom: 4 };
/** Height of the value axis under the bars: tick marks and their numbers. */
const X_AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Gap above and below each bar, as a share of its row (recharts' barCategoryGap). */
const BAR_GAP = 0.22;
/** Tooltip offset from the pointer. */
const TOOLTIP_OFFSET = 10;

export function CategoryBars({ data, selected = NONE, onToggle, describe, tooltip }: Props) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const labelWidth = Math.round(Math.min(280, Math.max(120, width * 0.42)));
  const maxLines = Math.max(1, ...data.map((d) => tickLines(d.label, labelWidth - 16).length));
  const rowHeight = Math.max(30, tickHeight(maxLines) + 12);
  const height = data.length * rowHeight + 36;
  const anySelected = selected.length > 0;
  const rows = data.map((d) => ({ ...d, display: d.valueLabel ?? formatNumber(d.value) }));
  const longestValue = Math.max(0, ...rows.map((d) => d.display.length));

  // Plot area: labels on the left, room for the longest value label on the right, the axis below.
  const left = labelWidth;
  const right = Math.max(left, width - (16 + longestValue * 7));
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom - X_AXIS_HEIGHT;
  const band = data.length > 0 ? (bottom - top) / data.length : 0;
  const ticks = countTicks(Math.max(0, ...data.map((d) => d.value)));
  const domainMax = ticks.at(-1)!;
  const xOf = (value: number) => left + ((right - left) * value) / domainMax;

  const onKeyDown = (key: string) => (event: KeyboardEvent) => {
    if (onToggle && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onToggle(key);
    }
  };
  const onMouseMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const index = Math.floor((y - top) / band);
    setHover(x >= left && x <= right && index >= 0 && index < rows.length ? { index, x, y } : null);
  };
  const hovered = hover ? rows[hover.index] : undefined;

  return (
    <div ref={ref} className="category-bars" style={{ position: 'relative' }}>
      <svg
        data-export
        data-chart
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onMouseMove={tooltip ? onMouseMove : undefined}
        onMouseLeave={tooltip ? () => setHover(null) : undefined}
      >
        {hover && <rect x={left} y={top + hover.index * band} width={right - left} height={band} fill={HOVER_FILL} />}
        <g className="category-bars__axes">
          <line x1={left} y1={top} x2={left} y2={bottom} stroke={AXIS_COLOR} />
          {rows.map((d, i) => (
            <WrappedTick
              key={d.key}
              x={left - TICK_SIZE - TICK_MARGIN}
              y={top + (i + 0.5) * band}
              payload={{ value: d.key }}
              width={labelWidth}
              format={() => d.label}
              isActive={(key) => selected.includes(key)}
            />
          ))}
          <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOR} />
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={xOf(tick)} y1={bottom} x2={xOf(tick)} y2={bottom + TICK_SIZE} stroke={AXIS_COLOR} />
              <text
                x={xOf(tick)}
                y={bottom + TICK_SIZE + TICK_MARGIN}
                dy="0.71em"
                textAnchor="middle"
                fontSize={AXIS_FONT_SIZE}
                fill={AXIS_COLOR}
              >
                {formatNumber(tick)}
              </text>
            </g>
          ))}
        </g>
        {rows.map((d, i) => {
          const x = left;
          const y = top + i * band + band * BAR_GAP;
          const w = xOf(d.value) - left;
          const h = band * (1 - 2 * BAR_GAP);
          const isSelected = selected.includes(d.key);
          const bar = (
            <rect x={x} y={y} width={Math.max(w, 2)} height={h} rx={3} fill={barColor(isSelected, anySelected)} />
          );
          return (
            <g key={d.key}>
              {onToggle ? (
                <g
                  role="button"
                  tabIndex={0}
                  aria-label={describe?.(d) ?? `${d.label}: ${d.display}`}
                  aria-pressed={isSelected}
                  className="bar-button"
                  onClick={() => onToggle(d.key)}
                  onKeyDown={onKeyDown(d.key)}
                >
                  {/* A full-row hit area makes short bars easy to click. */}
                  <rect x={x} y={y - 2} width={Math.max(w, 24)} height={h + 4} fill="transparent" />
                  {bar}
                </g>
              ) : (
                bar
              )}
              {/* The value at the bar end, on one line. */}
              <text x={x + w + 6} y={y + h / 2} fontSize={VALUE_FONT_SIZE} fill={VALUE_COLOR} dominantBaseline="middle">
                {d.display}
              </text>
            </g>
          );
        })}
      </svg>
      {tooltip && hover && hovered && (
        <div
          className="chart-tooltip-layer"
          style={{ left: Math.min(hover.x + TOOLTIP_OFFSET, Math.max(0, width - 220)), top: hover.y + TOOLTIP_OFFSET }}
          aria-hidden="true"
        >
          {tooltip(hovered)}
        </div>
      )}
    </div>
  );
}
