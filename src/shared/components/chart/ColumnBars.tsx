// Vertical bars over an ordered axis (months of a quarter): value on top of each bar, a count axis on
// the left. Plain SVG in the look of CategoryBars, so it draws with the page, prints at the paper's
// width (print-media.ts) and downloads like every other chart (data-export). Charts that need recharts'
// interaction (the overview's clickable weekly bars) keep recharts.
import { formatNumber } from '../../../lib/format';
import { countTicks } from './axis-ticks';
import { AXIS_COLOR, AXIS_FONT_SIZE, BAR_COLOR, VALUE_COLOR, VALUE_FONT_SIZE } from './palette';
import { usePrinting } from './print-media';
import { useElementWidth } from './use-element-width';

export interface ColumnDatum {
  key: string;
  label: string;
  value: number;
}

const MARGIN = { top: 20, right: 8, bottom: 4 };
const Y_AXIS_WIDTH = 28;
const TICK_SIZE = 6;
/** Gap between bars, as a share of each bar's slot. */
const BAR_GAP = 0.1;
/** On paper: a lower chart and 7.5 pt text. */
const PRINT = { height: 84, font: 10 };

export function ColumnBars({ data, height: screenHeight = 200 }: { data: readonly ColumnDatum[]; height?: number }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const printing = usePrinting();
  const height = printing ? PRINT.height : screenHeight;
  const axisFont = printing ? PRINT.font : AXIS_FONT_SIZE;
  const valueFont = printing ? PRINT.font : VALUE_FONT_SIZE;
  const left = Y_AXIS_WIDTH;
  const right = width - MARGIN.right;
  const top = printing ? valueFont + 6 : MARGIN.top;
  const bottom = height - MARGIN.bottom - (axisFont * 1.4 + 8);
  const band = data.length > 0 ? (right - left) / data.length : 0;
  const ticks = countTicks(Math.max(0, ...data.map((d) => d.value)), printing ? 3 : 5);
  const domainMax = ticks.at(-1)!;
  const yOf = (value: number) => bottom - ((bottom - top) * value) / domainMax;

  return (
    <div ref={ref}>
      <svg data-export data-chart width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <g className="column-bars__axes">
          <line x1={left} y1={top} x2={left} y2={bottom} stroke={AXIS_COLOR} className="chart-axis-line" />
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={left - TICK_SIZE}
                y1={yOf(tick)}
                x2={left}
                y2={yOf(tick)}
                stroke={AXIS_COLOR}
                className="chart-axis-line"
              />
              <text
                x={left - TICK_SIZE - 2}
                y={yOf(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={axisFont - 1}
                fill={AXIS_COLOR}
                className="chart-axis-text"
              >
                {formatNumber(tick)}
              </text>
            </g>
          ))}
          <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOR} className="chart-axis-line" />
          {data.map((d, i) => (
            <text
              key={d.key}
              x={left + (i + 0.5) * band}
              y={bottom + 8}
              dy="0.71em"
              textAnchor="middle"
              fontSize={axisFont}
              fill={AXIS_COLOR}
              className="chart-axis-text"
            >
              {d.label}
            </text>
          ))}
        </g>
        {data.map((d, i) => {
          const x = left + i * band + band * BAR_GAP;
          const w = band * (1 - 2 * BAR_GAP);
          const y = yOf(d.value);
          return (
            <g key={d.key}>
              <rect
                x={x}
                y={y}
                width={w}
                height={Math.max(bottom - y, 0)}
                rx={3}
                fill={BAR_COLOR}
                className="chart-bar"
              />
              <text
                x={x + w / 2}
                y={y - 5}
                textAnchor="middle"
                fontSize={valueFont}
                fill={VALUE_COLOR}
                className="chart-value-text"
              >
                {formatNumber(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
