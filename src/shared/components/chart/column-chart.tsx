// What the vertical bar charts (ColumnBars, the overview's weekly bars) share: one band per category
// over the plot, a count scale from zero with nice ticks, the count axis on the left with the baseline,
// and the category labels under the bands, wrapped and thinned out so they never run into each other.
// Plain SVG: it renders on the server (the build's prerender) exactly as in the browser.
import { formatNumber } from '../../../lib/format';
import { countTicks } from './axis-ticks';
import { AXIS_COLOR } from './palette';
import type { MeasureText } from './text-metrics';
import { tickLines } from './WrappedTick';

/** Room for the count axis's labels left of the plot. */
export const Y_AXIS_WIDTH = 28;
const TICK_SIZE = 6;

export interface ColumnScale {
  /** The plot: left/right edges, top (the top tick) and bottom (the baseline). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Width of one category's band. */
  band: number;
  ticks: number[];
  /** The y of a count. */
  yOf: (value: number) => number;
  /** Centre of band `index`. */
  center: (index: number) => number;
  /** The bar of band `index` with `gap` (a share of the band) left empty on each side. */
  bar: (index: number, value: number, gap: number) => { x: number; y: number; width: number; height: number };
}

export function columnScale({
  width,
  height,
  count,
  max,
  top,
  right = 8,
  bottom,
  tickCount = 5,
}: {
  width: number;
  height: number;
  /** Number of bands. */
  count: number;
  /** Largest value to show. */
  max: number;
  /** Space above the plot (for the value labels) … */
  top: number;
  /** … right of it … */
  right?: number;
  /** … and below it (category labels and margin). */
  bottom: number;
  tickCount?: number;
}): ColumnScale {
  const left = Y_AXIS_WIDTH;
  const plotRight = width - right;
  const plotBottom = height - bottom;
  const band = count > 0 ? (plotRight - left) / count : 0;
  const ticks = countTicks(Math.max(0, max), tickCount);
  const domainMax = ticks.at(-1)!;
  const yOf = (value: number) => plotBottom - ((plotBottom - top) * value) / domainMax;
  return {
    left,
    right: plotRight,
    top,
    bottom: plotBottom,
    band,
    ticks,
    yOf,
    center: (index) => left + (index + 0.5) * band,
    bar: (index, value, gap) => {
      const y = yOf(value);
      return {
        x: left + index * band + band * gap,
        y,
        width: band * (1 - 2 * gap),
        height: Math.max(plotBottom - y, 0),
      };
    },
  };
}

/** The count axis on the left (line, ticks, numbers) and the baseline under the bars. */
export function CountAxis({ scale, fontSize }: { scale: ColumnScale; fontSize: number }) {
  const { left, right, top, bottom, ticks, yOf } = scale;
  return (
    <>
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
            fontSize={fontSize}
            fill={AXIS_COLOR}
            className="chart-axis-text"
          >
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOR} className="chart-axis-line" />
    </>
  );
}

export interface BandLabel {
  /** The band it names. */
  index: number;
  /** Centre of the text: the band's centre, moved in where the text would leave the drawing. */
  x: number;
  lines: string[];
}

/** Which bands get a label when every `step`-th does: the first, the last, and every step between. */
function labelledBands(count: number, step: number): number[] {
  const bands: number[] = [];
  for (let i = 0; i < count - 1; i += step) bands.push(i);
  // The last band always; the one before it goes if the two would sit closer than a step.
  if (bands.length > 1 && count - 1 - bands.at(-1)! < step) bands.pop();
  if (count > 0) bands.push(count - 1);
  return bands;
}

/**
 * Labels under the bands of `scale`, each on at most `maxLines` lines. Every band is labelled when all
 * labels fit under their own band; otherwise every second, third … band (always the first and the
 * last), each label taking the room up to its neighbours, so narrow charts (a phone) show fewer
 * labels rather than cut ones. `width` is the drawing's: no label leaves it.
 */
export function bandLabels(
  labels: readonly string[],
  scale: Pick<ColumnScale, 'band' | 'center'>,
  {
    width,
    fontSize,
    measure,
    maxLines = 2,
    gap = 8,
  }: {
    width: number;
    fontSize: number;
    measure: MeasureText;
    maxLines?: number;
    /** Least space between two labels. */
    gap?: number;
  },
): BandLabel[] {
  const place = (step: number): { placed: BandLabel[]; fits: boolean } => {
    const bands = labelledBands(labels.length, step);
    let fits = true;
    let previousEnd = -Infinity;
    const placed = bands.map((index, k) => {
      // Room up to the nearer labelled neighbour (the whole drawing for a single label).
      const neighbours = [bands[k - 1], bands[k + 1]].filter((b) => b !== undefined);
      const room =
        neighbours.length > 0 ? Math.min(...neighbours.map((b) => Math.abs(b - index))) * scale.band - gap : width;
      const lines = tickLines(labels[index]!, room, fontSize, measure);
      const half = Math.max(0, ...lines.map((line) => measure(line, fontSize))) / 2;
      const x = Math.min(Math.max(scale.center(index), half), width - half);
      if (lines.length > maxLines || half * 2 > room || x - half < previousEnd + gap) fits = false;
      previousEnd = x + half;
      return { index, x, lines: lines.slice(0, maxLines) };
    });
    return { placed, fits };
  };
  let last: BandLabel[] = [];
  for (let step = 1; step < Math.max(2, labels.length); step++) {
    const { placed, fits } = place(step);
    if (fits) return placed;
    last = placed;
  }
  // Too narrow even for the first and last label in full: show them as far as they go.
  return last;
}
