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
import { useElementWidth } from '../../../shared/components/chart/use-element-width';
import { formatDateRange, formatMonthName, formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type ChartContext } from '../chart-context';
import { weekLabel } from '../labels';
import { WeeklyBars } from './WeeklyBars';
import { useHref, useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import {
  BAR_COLOR,
  BAR_DIMMED,
  BAR_SELECTED,
  IN_PERSON_COLOR,
  ONLINE_COLOR,
  PEAK_COLOR,
} from '../../../shared/components/chart/palette';
import { usePrinting } from '../../../shared/components/chart/print-media';
import { useRovingFocus, type RovingItemProps } from '../../../shared/components/chart/roving-focus';
import { useMeasureText, type MeasureText } from '../../../shared/components/chart/text-metrics';

const WEEKLY_BARS_HEIGHT = 200;
/**
 * A strip of 100 000 bars is no picture (and 1.2 million pixels tall): the strip shows the earliest
 * events up to this many and says so; the weekly counts above it always count every event.
 */
const STRIP_LIMIT = 100;
/** Report numbers listed per week in the table; beyond that the cell says how many more. */
const WEEK_NUMBERS_LIMIT = 100;

export interface TimelineChartProps {
  view: EventsView;
  /** The week currently used as the date filter, if any (its Monday). */
  selectedWeek: string | null;
  onSelectWeek: (week: Week) => void;
  context: ChartContext;
  emptyMessage: string | null;
}

/** Row of the strip: 11 px numbers and titles on screen; a little tighter on paper. */
const ROW = 18;
const BAR = 10;
const PRINT_ROW = 10;
const PRINT_BAR = 7;
const HEADER = 22;
const LABEL_SIZE = 11;
const PRINT_LABEL_SIZE = 8.5;

/** The text cut to fit `width` px, with «…» when cut; empty when not even one letter fits. */
function fitText(text: string, width: number, size: number, measureText: MeasureText): string {
  if (measureText(text, size) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureText(`${text.slice(0, mid).trimEnd()}…`, size) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${text.slice(0, low).trimEnd()}…`;
}

function spanLabel(s: TimelineSpan): string {
  return `№ ${s.number}. ${s.title} — ${formatDateRange(s.start, s.end)}${s.online ? ', дистанционно' : ''}`;
}

/** One event of the strip: a link to its page, one stop of the strip's roving focus. */
function StripBar({
  span,
  to,
  y,
  x0,
  x1,
  row,
  bar,
  size,
  left,
  width,
  roving,
}: {
  span: TimelineSpan;
  to: string;
  y: number;
  x0: number;
  x1: number;
  row: number;
  bar: number;
  size: number;
  left: number;
  width: number;
  roving: RovingItemProps;
}) {
  const navigate = useNavigate();
  const href = useHref(to);
  // The estimate while hydrating, so the titles cut match the prerendered HTML.
  const measure = useMeasureText();
  // The title beside the bar, where there is room: after it, else before it.
  const after = width - 8 - (x1 + 6);
  const before = x0 - 6 - (left + 2);
  const title =
    after >= 60
      ? fitText(span.title, after, size, measure)
      : before >= 60
        ? fitText(span.title, before, size, measure)
        : '';
  const titleAfter = after >= 60;
  return (
    <a
      href={href}
      className="timeline__bar"
      aria-label={spanLabel(span)}
      {...roving}
      onKeyDown={(event) => {
        // Enter follows the link natively; the arrows move along the strip.
        if (event.key !== 'Enter') roving.onKeyDown(event);
      }}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        void navigate(to);
      }}
    >
      <rect x={0} y={y - (row - bar) / 2} width={width} height={row} fill="transparent" />
      <text
        x={left - 4}
        y={y + bar / 2}
        fontSize={size}
        textAnchor="end"
        dominantBaseline="middle"
        fill="#4d5566"
        className="chart-axis-text"
      >
        {span.number}
      </text>
      <rect
        x={x0}
        y={y}
        width={Math.max(x1 - x0, 3)}
        height={bar}
        rx={2}
        fill={span.online ? ONLINE_COLOR : IN_PERSON_COLOR}
        className={`timeline__mark chart-bar ${span.online ? 'chart-bar--online' : 'chart-bar--in-person'}`}
      />
      {title && (
        <text
          x={titleAfter ? x1 + 6 : x0 - 6}
          y={y + bar / 2}
          fontSize={size}
          textAnchor={titleAfter ? 'start' : 'end'}
          dominantBaseline="middle"
          fill="#4d5566"
          className="chart-axis-text"
        >
          {title}
        </text>
      )}
    </a>
  );
}

function Gantt({
  spans,
  period,
  peak,
  width,
  link,
}: {
  spans: TimelineSpan[];
  period: Period;
  peak: readonly WeekCount[];
  width: number;
  link: ChartContext['link'];
}) {
  const printing = usePrinting();
  const row = printing ? PRINT_ROW : ROW;
  const bar = printing ? PRINT_BAR : BAR;
  const size = printing ? PRINT_LABEL_SIZE : LABEL_SIZE;
  const roving = useRovingFocus(spans.length);
  const days = dayOffset(period.end, period.start) + 1;
  const left = 30;
  const dayWidth = (width - left - 8) / days;
  const x = (iso: string) => left + Math.max(0, Math.min(days, dayOffset(iso, period.start))) * dayWidth;
  const height = HEADER + spans.length * row + 6;
  return (
    <svg
      data-export
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Мероприятия полосами по датам: стрелки переходят к следующему, Enter открывает мероприятие"
    >
      {peak.map((w) => (
        <rect
          key={w.start}
          x={x(w.start)}
          y={HEADER - 4}
          width={Math.max(0, x(w.end) + dayWidth - x(w.start))}
          height={height - HEADER}
          fill={PEAK_COLOR}
          opacity={0.12}
          className="chart-bar--peak"
        />
      ))}
      {periodMonths(period).map((m) => {
        const first = m === period.start.slice(0, 7) ? period.start : `${m}-01`;
        return (
          <g key={m} aria-hidden="true">
            <line x1={x(first)} x2={x(first)} y1={2} y2={height} stroke="#d5d9e0" className="chart-axis-line" />
            <text x={x(first) + 4} y={14} fontSize={11} fill="#4d5566" className="chart-axis-text">
              {formatMonthName(m)}
            </text>
          </g>
        );
      })}
      {spans.map((s, i) => (
        <StripBar
          // By row: a new filter puts other events on the same rows, and updating a row's attributes
          // costs far less than removing 100 bars and creating 100 new ones.
          key={i}
          span={s}
          to={link(paths.event(s.id))}
          y={HEADER + i * row + (row - bar) / 2}
          x0={x(s.start)}
          x1={x(s.start) + dayWidth * s.days}
          row={row}
          bar={bar}
          size={size}
          left={left}
          width={width}
          roving={roving.itemProps(i)}
        />
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
        { label: 'Очное мероприятие (полоса)', color: IN_PERSON_COLOR },
        { label: 'Дистанционное мероприятие (полоса)', color: ONLINE_COLOR },
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
        <WeeklyBars
          weeks={weeks}
          peak={peakSet}
          selectedWeek={selectedWeek}
          onSelectWeek={onSelectWeek}
          width={width}
          height={WEEKLY_BARS_HEIGHT}
        />
        <p className="timeline__strip-label" aria-hidden="true">
          Каждое мероприятие (номер в отчёте слева) — полоса от первого до последнего дня
          <span className="no-print">; нажмите на полосу, чтобы открыть мероприятие</span>
          {dated > spans.length
            ? `; показаны первые ${formatNumber(spans.length)} из ${formatNumber(dated)} по дате начала`
            : ''}
        </p>
        <Gantt spans={spans} period={period} peak={peaks} width={width} link={context.link} />
      </div>
    </ChartCard>
  );
}
