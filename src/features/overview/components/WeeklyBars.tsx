// Weekly counts of the timeline card, drawn as plain SVG (column-chart.tsx, like ColumnBars): it
// renders with the page and into the prerendered HTML, with no chart library to load and run on a
// phone. The peak week stands out; a click, Enter or Space on a week selects it as a filter. The chart
// is one tab stop, the arrow keys move between the weeks (roving tabindex). Every week is labelled, on
// two lines where it needs them, unless the chart is too narrow for that (a phone): then the first and
// last weeks and every second, third … between are labelled, whole.
import { useState, type MouseEvent } from 'react';
import type { WeekCount } from '../../../domain/aggregations';
import type { Week } from '../../../lib/calendar';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { bandLabels, columnScale, CountAxis, Y_AXIS_WIDTH } from '../../../shared/components/chart/column-chart';
import { usePrinting } from '../../../shared/components/chart/print-media';
import { useRovingFocus } from '../../../shared/components/chart/roving-focus';
import { useMeasureText } from '../../../shared/components/chart/text-metrics';
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

const MARGIN = { top: 20, right: 8, bottom: 4 };
const LINE_HEIGHT = 1.2;
/** Empty share of each week's band on either side of its bar. */
const BAR_GAP = 0.18;
/** Space between the baseline and the week labels. */
const LABEL_OFFSET = 8;
/** Tooltip offset from the pointer, and its widest. */
const TOOLTIP_OFFSET = 10;
const TOOLTIP_WIDTH = 220;
/**
 * The narrowest a week's column (its touch target) gets on screen (WCAG 2.5.8): a phone too narrow
 * for every week scrolls the drawing sideways by the few pixels missing instead.
 */
const MIN_TARGET_PX = 24;

export interface WeeklyBarsProps {
  weeks: readonly WeekCount[];
  peak: ReadonlySet<string>;
  selectedWeek: string | null;
  onSelectWeek: (week: Week) => void;
  width: number;
  height: number;
}

export function WeeklyBars({ weeks, peak, selectedWeek, onSelectWeek, width: boxWidth, height }: WeeklyBarsProps) {
  const printing = usePrinting();
  const width = printing ? boxWidth : Math.max(boxWidth, Y_AXIS_WIDTH + MARGIN.right + weeks.length * MIN_TARGET_PX);
  // The estimate while hydrating, so the labels match the prerendered HTML.
  const measure = useMeasureText();
  const fontSize = printing ? 10 : 11;
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const roving = useRovingFocus(
    weeks.length,
    Math.max(
      0,
      weeks.findIndex((w) => (selectedWeek ? w.start === selectedWeek : peak.has(w.start))),
    ),
  );
  const labelsHeight = fontSize * LINE_HEIGHT * 2 + LABEL_OFFSET + 2;
  const scale = columnScale({
    width,
    height,
    count: weeks.length,
    max: Math.max(0, ...weeks.map((w) => w.count)),
    top: MARGIN.top,
    right: MARGIN.right,
    bottom: MARGIN.bottom + labelsHeight,
  });
  const { left, right, top, bottom, band } = scale;
  const labels = bandLabels(weeks.map(weekLabel), scale, { width, fontSize, measure });

  const colorOf = (w: WeekCount) => {
    if (selectedWeek) return w.start === selectedWeek ? BAR_SELECTED : BAR_DIMMED;
    return peak.has(w.start) ? PEAK_COLOR : BAR_COLOR;
  };
  const classOf = (w: WeekCount) => {
    if (selectedWeek) return w.start === selectedWeek ? 'chart-bar chart-bar--selected' : 'chart-bar chart-bar--dimmed';
    return peak.has(w.start) ? 'chart-bar chart-bar--peak' : 'chart-bar';
  };
  const select = (index: number) => {
    roving.setActive(index);
    onSelectWeek(weeks[index]!);
  };

  const onMouseMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const index = Math.floor((x - left) / band);
    setHover(x >= left && x < right && y >= top && y <= bottom && index < weeks.length ? { index, x, y } : null);
  };
  const hovered = hover && !printing ? { ...hover, week: weeks[hover.index]! } : null;

  return (
    <div className={`weekly-bars${width > boxWidth ? ' weekly-bars--scroll' : ''}`} style={{ position: 'relative' }}>
      <svg
        data-export
        data-chart
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label="Мероприятия по неделям: стрелки переходят между неделями, Enter или пробел выбирает неделю"
        onMouseMove={printing ? undefined : onMouseMove}
        onMouseLeave={() => setHover(null)}
      >
        {hovered && (
          <rect
            x={left + hovered.index * band}
            y={top}
            width={band}
            height={bottom - top}
            fill={HOVER_FILL}
            data-screen-only
          />
        )}
        <g className="weekly-bars__axes" aria-hidden="true">
          <CountAxis scale={scale} fontSize={fontSize} />
          {labels.map(({ index, x, lines }) => (
            <text
              key={weeks[index]!.start}
              x={x}
              y={bottom + LABEL_OFFSET}
              textAnchor="middle"
              fontSize={fontSize}
              fill={AXIS_COLOR}
              className="chart-axis-text"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={x} dy={i === 0 ? '0.71em' : fontSize * LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
        {weeks.map((w, i) => {
          const bar = scale.bar(i, w.count, BAR_GAP);
          return (
            <g key={w.start}>
              <g
                role="button"
                className="bar-button"
                aria-label={`Неделя ${weekLabel(w)}: ${countOf(w.count, FORMS.event)}${peak.has(w.start) ? ' (пик)' : ''}`}
                aria-pressed={w.start === selectedWeek}
                onClick={() => select(i)}
                {...roving.itemProps(i, () => select(i))}
              >
                {/* The whole column is the target, so a short bar (or none, 0) is as easy to hit. */}
                <rect x={left + i * band} y={top} width={band} height={bottom - top} fill="transparent" />
                <rect
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={Math.max(bar.height, 1)}
                  rx={2}
                  fill={colorOf(w)}
                  className={classOf(w)}
                />
              </g>
              {w.count > 0 && (
                <text
                  x={bar.x + bar.width / 2}
                  y={bar.y - 5}
                  textAnchor="middle"
                  fontSize={fontSize}
                  fill={VALUE_COLOR}
                  className="chart-value-text"
                  aria-hidden="true"
                >
                  {formatNumber(w.count)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {hovered && (
        <div
          className="chart-tooltip-layer"
          style={{
            left: Math.min(hovered.x + TOOLTIP_OFFSET, Math.max(0, width - TOOLTIP_WIDTH)),
            top: hovered.y + TOOLTIP_OFFSET,
          }}
          aria-hidden="true"
        >
          <ChartTooltip
            title={`Неделя ${weekLabel(hovered.week)}${peak.has(hovered.week.start) ? ' — пик' : ''}`}
            lines={[['Мероприятий', formatNumber(hovered.week.count)]]}
          />
        </div>
      )}
    </div>
  );
}
