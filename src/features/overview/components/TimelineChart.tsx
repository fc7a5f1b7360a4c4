// When in the quarter things happened: weekly counts (the peak stands out and can be clicked to filter
// that week) above a Gantt-like strip where each event is a span from its first to its last day.
import type { KeyboardEvent } from 'react';
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  dayOffset,
  eventsByWeek,
  peakWeeks,
  periodMonths,
  timelineSpans,
  type TimelineSpan,
  type WeekCount,
} from '../../../domain/aggregations';
import type { Period, ReportEvent } from '../../../domain/report-schema';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { useElementWidth } from '../../../shared/components/chart/use-element-width';
import { countOf, formatDateRange, formatMonthName, formatNumber } from '../../../shared/format';
import { EVENT_FORMS, type ChartContext } from '../chart-context';
import { weekLabel } from '../labels';
import { BAR_COLOR, BAR_DIMMED, BAR_SELECTED } from './CategoryBars';

export const PEAK_COLOR = '#b45309';
const ONLINE_COLOR = '#2f7d4a';

interface Props {
  events: readonly ReportEvent[];
  period: Period;
  /** The week currently used as the date filter, if any (its Monday). */
  selectedWeek: string | null;
  onSelectWeek: (week: WeekCount) => void;
  context: ChartContext;
  emptyMessage: string | null;
}

function WeeklyBars({
  weeks,
  peak,
  selectedWeek,
  onSelectWeek,
  width,
}: {
  weeks: WeekCount[];
  peak: ReadonlySet<string>;
  selectedWeek: string | null;
  onSelectWeek: (week: WeekCount) => void;
  width: number;
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
        aria-label={`Неделя ${weekLabel(payload)}: ${countOf(payload.count, EVENT_FORMS)}${peak.has(payload.start) ? ' (пик)' : ''}`}
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
      height={200}
      data={rows}
      margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      <XAxis dataKey="label" fontSize={11} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
      <YAxis allowDecimals={false} width={28} fontSize={11} tickFormatter={(v: number) => formatNumber(v)} />
      <Tooltip
        cursor={{ fill: 'rgb(31 95 168 / 8%)' }}
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
        <LabelList dataKey="display" position="top" fontSize={11} fill="#1d2330" />
      </Bar>
    </BarChart>
  );
}

const ROW = 12;
const BAR = 8;
const HEADER = 22;

function Gantt({
  spans,
  period,
  peak,
  width,
}: {
  spans: TimelineSpan[];
  period: Period;
  peak: readonly WeekCount[];
  width: number;
}) {
  const days = dayOffset(period.end, period.start) + 1;
  const left = 28;
  const dayWidth = (width - left - 8) / days;
  const x = (iso: string) => left + Math.max(0, Math.min(days, dayOffset(iso, period.start))) * dayWidth;
  const height = HEADER + spans.length * ROW + 6;
  return (
    <svg data-export width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {peak.map((w) => (
        <rect
          key={w.start}
          x={x(w.start)}
          y={HEADER - 4}
          width={Math.max(0, x(w.end) + dayWidth - x(w.start))}
          height={height - HEADER}
          fill={PEAK_COLOR}
          opacity={0.12}
        />
      ))}
      {periodMonths(period).map((m) => {
        const first = m === period.start.slice(0, 7) ? period.start : `${m}-01`;
        return (
          <g key={m}>
            <line x1={x(first)} x2={x(first)} y1={2} y2={height} stroke="#d5d9e0" />
            <text x={x(first) + 4} y={14} fontSize={11} fill="#4d5566">
              {formatMonthName(m)}
            </text>
          </g>
        );
      })}
      {spans.map((s, i) => (
        <g key={s.id}>
          <text x={left - 4} y={HEADER + i * ROW + BAR - 0.5} fontSize={8} textAnchor="end" fill="#4d5566">
            {s.number}
          </text>
          <rect
            x={x(s.start)}
            y={HEADER + i * ROW}
            width={Math.max(dayWidth * s.days, 3)}
            height={BAR}
            rx={2}
            fill={s.online ? ONLINE_COLOR : BAR_COLOR}
          >
            <title>{`№ ${s.number}. ${s.title} — ${formatDateRange(s.start, s.end)}`}</title>
          </rect>
        </g>
      ))}
    </svg>
  );
}

export function TimelineChart({ events, period, selectedWeek, onSelectWeek, context, emptyMessage }: Props) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const weeks = eventsByWeek(events, period);
  const peaks = peakWeeks(weeks);
  const peakSet = new Set(peaks.map((w) => w.start));
  const { spans, undated } = timelineSpans(events);
  const spanIds = (w: WeekCount) =>
    spans
      .filter((s) => s.start <= w.end && s.end >= w.start)
      .map((s) => s.number)
      .sort((a, b) => a - b);
  const peakText =
    peaks.length === 0
      ? ''
      : `Пик — ${peaks.length > 1 ? 'недели' : 'неделя'} ${peaks.map(weekLabel).join(', ')}: ${countOf(peaks[0]!.count, EVENT_FORMS)}${peaks.length > 1 ? ' в каждой' : ''}.`;
  const summary = `${peakText} По неделям: ${weeks
    .filter((w) => w.count > 0)
    .map((w) => `${weekLabel(w)} — ${formatNumber(w.count)}`)
    .join('; ')}.${undated ? ` Без дат: ${countOf(undated, EVENT_FORMS)}.` : ''}`;
  return (
    <ChartCard
      id="timeline"
      className="chart-card--wide"
      title="Мероприятия по неделям квартала"
      subtitle={`Сколько мероприятий шло в каждую неделю (многодневные учитываются в каждой своей неделе); ниже — каждое мероприятие полосой от первого до последнего дня. ${peakText}${undated ? ` Без дат: ${countOf(undated, EVENT_FORMS)}.` : ''}`}
      summary={summary}
      legend={[
        ...(selectedWeek
          ? [
              { label: 'Выбранная неделя', color: BAR_SELECTED },
              { label: 'Остальные недели', color: BAR_DIMMED },
            ]
          : [
              { label: 'Мероприятий за неделю', color: BAR_COLOR },
              { label: 'Пиковая неделя', color: PEAK_COLOR },
            ]),
        { label: 'Очное мероприятие', color: BAR_COLOR },
        { label: 'Дистанционное мероприятие', color: ONLINE_COLOR },
      ]}
      table={{
        columns: [{ label: 'Неделя' }, { label: 'Мероприятий', numeric: true }, { label: '№ мероприятий в отчёте' }],
        rows: weeks.map((w) => ({
          key: w.start,
          header: (
            <button
              type="button"
              className={`table-toggle${w.start === selectedWeek ? ' table-toggle--pressed' : ''}`}
              aria-pressed={w.start === selectedWeek}
              onClick={() => onSelectWeek(w)}
            >
              {weekLabel(w)}
              {peakSet.has(w.start) ? ' (пик)' : ''}
            </button>
          ),
          cells: [formatNumber(w.count), spanIds(w).join(', ') || '—'],
        })),
      }}
      fileNameParts={context.fileParts('timeline')}
      exportFooter={context.footer}
      emptyMessage={emptyMessage ?? (spans.length === 0 ? 'Нет мероприятий с датами для этого графика' : null)}
    >
      <div ref={ref}>
        <WeeklyBars
          weeks={weeks}
          peak={peakSet}
          selectedWeek={selectedWeek}
          onSelectWeek={onSelectWeek}
          width={width}
        />
        <p className="timeline__strip-label" aria-hidden="true">
          Каждое мероприятие (номер в отчёте слева) — полоса от первого до последнего дня
        </p>
        <Gantt spans={spans} period={period} peak={peaks} width={width} />
      </div>
    </ChartCard>
  );
}
