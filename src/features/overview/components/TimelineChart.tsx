// When in the quarter things happened: weekly counts (the peak stands out and can be clicked to filter
// that week) above a Gantt-like strip where each event is a span from its first to its last day.
import {
  dayOffset,
  eventsByWeek,
  peakWeeks,
  periodMonths,
  timelineSpans,
  weekEventNumbers,
  type TimelineSpan,
  type WeekCount,
} from '../../../domain/aggregations';
import type { EventsView } from '../../../domain/events-view';
import type { Period } from '../../../domain/report-schema';
import type { Week } from '../../../lib/calendar';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { deferredModule } from '../../../shared/components/chart/deferred-module';
import { DeferredChart } from '../../../shared/components/chart/RenderWhenNear';
import { useElementWidth } from '../../../shared/components/chart/use-element-width';
import { formatDateRange, formatMonthName, formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type ChartContext } from '../chart-context';
import { weekLabel } from '../labels';
import { BAR_COLOR, BAR_DIMMED, BAR_SELECTED, PEAK_COLOR } from '../../../shared/components/chart/palette';

// recharts (~105 KB gzip) only draws the weekly bars: they load when the card is scrolled near or the
// page is idle, while the card's title, text alternative, table and strip are there at once.
const weeklyBars = deferredModule(() => import('./WeeklyBars'));
const WEEKLY_BARS_HEIGHT = 200;
/**
 * A strip of 100 000 bars is no picture (and 1.2 million pixels tall): the strip shows the earliest
 * events up to this many and says so; the weekly counts above it always count every event.
 */
const STRIP_LIMIT = 100;
/** Report numbers listed per week in the table; beyond that the cell says how many more. */
const WEEK_NUMBERS_LIMIT = 100;
const ONLINE_COLOR = '#2f7d4a';

export interface TimelineChartProps {
  view: EventsView;
  /** The week currently used as the date filter, if any (its Monday). */
  selectedWeek: string | null;
  onSelectWeek: (week: Week) => void;
  context: ChartContext;
  emptyMessage: string | null;
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

export function TimelineChart({ view, selectedWeek, onSelectWeek, context, emptyMessage }: TimelineChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const { period } = view.model.report;
  const weeks = eventsByWeek(view);
  const peaks = peakWeeks(weeks);
  const peakSet = new Set(peaks.map((w) => w.start));
  const weeklyBarsLoading = <div style={{ height: WEEKLY_BARS_HEIGHT }} aria-hidden="true" />;
  const { spans, undated, dated } = timelineSpans(view, STRIP_LIMIT);
  const weekNumbers = weekEventNumbers(view, WEEK_NUMBERS_LIMIT);
  const numbersText = (w: number) => {
    const { numbers, total } = weekNumbers[w]!;
    const more = total - numbers.length;
    return `${numbers.join(', ')}${more > 0 ? ` и ещё ${countOf(more, FORMS.event)}` : ''}` || '—';
  };
  const peakText =
    peaks.length === 0
      ? ''
      : `Пик — ${peaks.length > 1 ? 'недели' : 'неделя'} ${peaks.map(weekLabel).join(', ')}: ${countOf(peaks[0]!.count, FORMS.event)}${peaks.length > 1 ? ' в каждой' : ''}.`;
  const summary = `${peakText} По неделям: ${weeks
    .filter((w) => w.count > 0)
    .map((w) => `${weekLabel(w)} — ${formatNumber(w.count)}`)
    .join('; ')}.${undated ? ` Без дат: ${countOf(undated, FORMS.event)}.` : ''}`;
  return (
    <ChartCard
      id="timeline"
      className="chart-card--wide"
      title="Мероприятия по неделям квартала"
      subtitle={`Сколько мероприятий шло в каждую неделю (многодневные учитываются в каждой своей неделе); ниже — каждое мероприятие полосой от первого до последнего дня. ${peakText}${undated ? ` Без дат: ${countOf(undated, FORMS.event)}.` : ''}`}
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
        rows: weeks.map((w, i) => ({
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
          cells: [formatNumber(w.count), numbersText(i)],
        })),
      }}
      fileNameParts={context.fileParts('timeline')}
      exportFooter={context.footer}
      emptyMessage={emptyMessage ?? (spans.length === 0 ? 'Нет мероприятий с датами для этого графика' : null)}
    >
      <div ref={ref}>
        <DeferredChart module={weeklyBars} placeholder={weeklyBarsLoading}>
          {({ default: WeeklyBars }) => (
            <WeeklyBars
              weeks={weeks}
              peak={peakSet}
              selectedWeek={selectedWeek}
              onSelectWeek={onSelectWeek}
              width={width}
              height={WEEKLY_BARS_HEIGHT}
            />
          )}
        </DeferredChart>
        <p className="timeline__strip-label" aria-hidden="true">
          Каждое мероприятие (номер в отчёте слева) — полоса от первого до последнего дня
          {dated > spans.length
            ? `; показаны первые ${formatNumber(spans.length)} из ${formatNumber(dated)} по дате начала`
            : ''}
        </p>
        <Gantt spans={spans} period={period} peak={peaks} width={width} />
      </div>
    </ChartCard>
  );
}
