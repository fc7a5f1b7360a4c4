// Horizontal bar chart of categories (sectors, countries) with wrapped labels. With `onToggle` the bars
// are buttons: click, Enter or Space toggles the category as a filter; the chart is one tab stop and the
// arrow keys move between its bars (roving tabindex). Each row is as tall as its own wrapped label, so
// labels never overlap at any width and short labels waste no paper.
// Drawn as plain SVG: the first chart of the overview then needs no recharts (~105 KB gzip and ~0.25 s
// of script before it could paint), and it prints at the paper's width (print-media.ts).
import { useState, type MouseEvent, type ReactNode } from 'react';
import { countTicks } from './axis-ticks';
import { usePrinting } from './print-media';
import { useRovingFocus } from './roving-focus';
import { measureText } from './text-metrics';
import { useElementWidth } from './use-element-width';
import { tickHeight, tickLines, WrappedTick } from './WrappedTick';
import { formatNumber } from '../../../lib/format';
import { AXIS_COLOR, AXIS_FONT_SIZE, barColor, barClass, HOVER_FILL, VALUE_COLOR, VALUE_FONT_SIZE } from './palette';

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
/** Text sizes on screen and on paper (px; 10 px prints as 7.5 pt). */
const SCREEN = { label: 12, value: VALUE_FONT_SIZE, axis: AXIS_FONT_SIZE, minRow: 30, rowPad: 12, bar: 16 };
const PRINT = { label: 10, value: 10, axis: 10, minRow: 15, rowPad: 3, bar: 10 };
const MARGIN = { top: 4, bottom: 4 };
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Gap between the longest value label and the right edge. */
const VALUE_GAP = 6;
/** Tooltip offset from the pointer. */
const TOOLTIP_OFFSET = 10;

/** Value-axis ticks whose labels do not run into each other in `plotWidth`. */
export function fittingTicks(max: number, plotWidth: number, fontSize: number): number[] {
  for (let count = 5; count > 2; count--) {
    const ticks = countTicks(max, count);
    const widest = Math.max(...ticks.map((t) => measureText(formatNumber(t), fontSize)));
    if ((plotWidth / (count - 1)) * 0.8 >= widest + 6) return ticks;
  }
  return countTicks(max, 2);
}

export function CategoryBars({ data, selected = NONE, onToggle, describe, tooltip }: Props) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const printing = usePrinting();
  const size = printing ? PRINT : SCREEN;
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const roving = useRovingFocus(
    data.length,
    Math.max(
      0,
      data.findIndex((d) => selected.includes(d.key)),
    ),
  );
  const labelWidth = Math.round(Math.min(300, Math.max(120, width * (printing ? 0.55 : 0.42))));
  const anySelected = selected.length > 0;
  const rows = data.map((d) => ({ ...d, display: d.valueLabel ?? formatNumber(d.value) }));
  const longestValue = Math.max(0, ...rows.map((d) => measureText(d.display, size.value)));

  // Rows stacked from the top, each as tall as its label needs.
  const top = MARGIN.top;
  const heights = rows.map((d) =>
    Math.max(size.minRow, tickHeight(tickLines(d.label, labelWidth - 16, size.label).length, size.label) + size.rowPad),
  );
  const offsets = heights.map((_, i) => top + heights.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = top + heights.reduce((a, b) => a + b, 0);
  const axisHeight = TICK_SIZE + TICK_MARGIN + size.axis * 1.4;
  const height = Math.ceil(bottom + axisHeight + MARGIN.bottom);

  // Plot area: labels on the left, room for the longest value label on the right, the axis below.
  const left = labelWidth;
  const right = Math.max(left + 40, width - (VALUE_GAP * 2 + longestValue));
  const ticks = fittingTicks(Math.max(0, ...data.map((d) => d.value)), right - left, size.axis);
  const domainMax = ticks.at(-1)!;
  const xOf = (value: number) => left + ((right - left) * value) / domainMax;

  const onMouseMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const index = offsets.findIndex((o, i) => y >= o && y < o + heights[i]!);
    setHover(x >= left && x <= right && index >= 0 ? { index, x, y } : null);
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
        {hover && (
          <rect
            x={left}
            y={offsets[hover.index]}
            width={right - left}
            height={heights[hover.index]}
            fill={HOVER_FILL}
            data-screen-only
          />
        )}
        <g className="category-bars__axes">
          <line x1={left} y1={top} x2={left} y2={bottom} stroke={AXIS_COLOR} className="chart-axis-line" />
          {rows.map((d, i) => (
            <WrappedTick
              key={d.key}
              x={left - TICK_SIZE - TICK_MARGIN}
              y={offsets[i]! + heights[i]! / 2}
              payload={{ value: d.key }}
              width={labelWidth}
              fontSize={size.label}
              format={() => d.label}
              isActive={(key) => selected.includes(key)}
            />
          ))}
          <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOR} className="chart-axis-line" />
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={xOf(tick)}
                y1={bottom}
                x2={xOf(tick)}
                y2={bottom + TICK_SIZE}
                stroke={AXIS_COLOR}
                className="chart-axis-line"
              />
              <text
                x={xOf(tick)}
                y={bottom + TICK_SIZE + TICK_MARGIN}
                dy="0.71em"
                textAnchor="middle"
                fontSize={size.axis}
                fill={AXIS_COLOR}
                className="chart-axis-text"
              >
                {formatNumber(tick)}
              </text>
            </g>
          ))}
        </g>
        {rows.map((d, i) => {
          const x = left;
          const h = Math.min(size.bar, heights[i]! - 4);
          const y = offsets[i]! + (heights[i]! - h) / 2;
          const w = xOf(d.value) - left;
          const isSelected = selected.includes(d.key);
          const bar = (
            <rect
              x={x}
              y={y}
              width={Math.max(w, 2)}
              height={h}
              rx={3}
              fill={barColor(isSelected, anySelected)}
              className={barClass(isSelected, anySelected)}
            />
          );
          return (
            <g key={d.key}>
              {onToggle ? (
                <g
                  role="button"
                  aria-label={describe?.(d) ?? `${d.label}: ${d.display}`}
                  aria-pressed={isSelected}
                  className="bar-button"
                  onClick={() => {
                    roving.setActive(i);
                    onToggle(d.key);
                  }}
                  {...roving.itemProps(i, () => onToggle(d.key))}
                >
                  {/* A full-row hit area makes short bars easy to click and tap. */}
                  <rect x={x} y={offsets[i]} width={Math.max(w, 24)} height={heights[i]} fill="transparent" />
                  {bar}
                </g>
              ) : (
                bar
              )}
              {/* The value at the bar end, on one line. */}
              <text
                x={x + w + VALUE_GAP}
                y={y + h / 2}
                fontSize={size.value}
                fill={VALUE_COLOR}
                dominantBaseline="middle"
                className="chart-value-text"
              >
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
