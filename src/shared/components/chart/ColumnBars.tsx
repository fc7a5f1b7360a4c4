// Vertical bars over an ordered axis (months of a quarter): value on top of each bar, a count axis on
// the left (column-chart.tsx, shared with the overview's weekly bars). Plain SVG in the look of
// CategoryBars, so it draws with the page, prints at the paper's width (print-media.ts) and downloads
// like every other chart (data-export).
import { formatNumber } from '../../../lib/format';
import { columnScale, CountAxis } from './column-chart';
import { AXIS_COLOR, AXIS_FONT_SIZE, BAR_COLOR, VALUE_COLOR, VALUE_FONT_SIZE } from './palette';
import { usePrinting } from './print-media';
import { useElementWidth } from './use-element-width';

export interface ColumnDatum {
  key: string;
  label: string;
  value: number;
}

const MARGIN = { top: 20, bottom: 4 };
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
  const scale = columnScale({
    width,
    height,
    count: data.length,
    max: Math.max(0, ...data.map((d) => d.value)),
    top: printing ? valueFont + 6 : MARGIN.top,
    bottom: MARGIN.bottom + axisFont * 1.4 + 8,
    tickCount: printing ? 3 : 5,
  });

  return (
    <div ref={ref}>
      <svg data-export data-chart width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <g className="column-bars__axes">
          <CountAxis scale={scale} fontSize={axisFont - 1} />
          {data.map((d, i) => (
            <text
              key={d.key}
              x={scale.center(i)}
              y={scale.bottom + 8}
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
          const { x, y, width: w, height: h } = scale.bar(i, d.value, BAR_GAP);
          return (
            <g key={d.key}>
              <rect x={x} y={y} width={w} height={h} rx={3} fill={BAR_COLOR} className="chart-bar" />
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
