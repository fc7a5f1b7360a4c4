// The governor's-office overview: the quarter at a glance. Every figure comes from src/domain over the
// report; the filter lives in the URL (`/?country=BY`), so a shared link reproduces the view.
// Cross-filtering: each chart of a dimension (sectors, countries) ignores its own selection and
// highlights it instead, so the other choices stay visible and clickable.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { eventsByWeek, type WeekCount } from '../../domain/aggregations';
import { countryNames } from '../../domain/countries';
import { crossFilter, EMPTY_FILTERS, isFiltered, writeFilters, type EventFilters } from '../../domain/filters';
import type { Report, ReportEvent } from '../../domain/report-schema';
import { buildSearchIndex, type SearchIndex } from '../../domain/search';
import { ErrorBoundary } from '../../shared/components/ErrorBoundary';
import { FilterChips, ParamNotices } from '../../shared/components/FilterBar';
import { PressPanel } from '../../shared/components/PressPanel';
import { ReportGate } from '../../shared/components/ReportGate';
import { useUrlFilters } from '../../shared/hooks/use-url-filters';
import { formatDate } from '../../lib/format';
import { countOf, FORMS } from '../../lib/lexicon';
import { chartContext, toggle } from './chart-context';
import { KpiCards } from './components/KpiCards';
// The bar charts are plain SVG and small, so they ship with the page: a lazy chunk cost a round trip
// (and its CSS another) before the first chart. recharts (weekly bars) and the map stay lazy.
import OverviewCharts from './components/OverviewCharts';
import './overview.css';

export function OverviewPage() {
  return <ReportGate>{(report) => <Overview report={report} />}</ReportGate>;
}

/** The events passing `filters` as a view (filter-columns.ts), recomputed only when they change. */
function useFilteredView(report: Report, index: SearchIndex, filters: EventFilters): ReportEvent[] {
  const key = writeFilters(filters).toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- filters by content (key)
  return useMemo(() => crossFilter(report.events, filters, index, []).events, [report, index, key]);
}

function Overview({ report }: { report: Report }) {
  const { filters, notices, setFilters, params } = useUrlFilters(report);
  // Each subset is keyed on the filters it depends on, by content: toggling a country leaves the
  // country charts' subset (every filter but the country one) the same array, so their figures are
  // not even recounted (aggregations remember answers per array).
  const index = useMemo(() => buildSearchIndex(report.events), [report]);
  const events = useFilteredView(report, index, filters);
  const ignoringSectors = useFilteredView(report, index, { ...filters, sectors: [] });
  const ignoringCountries = useFilteredView(report, index, { ...filters, countries: [] });
  const context = chartContext(report, filters, params);
  const active = isFiltered(filters);

  const emptyMessage =
    report.events.length === 0
      ? 'В отчёте нет мероприятий'
      : events.length === 0
        ? 'Нет мероприятий, подходящих под фильтр'
        : null;

  const toggleSector = (id: string) => setFilters((f) => ({ ...f, sectors: toggle(f.sectors, id) }));
  const toggleCountry = (code: string) => setFilters((f) => ({ ...f, countries: toggle(f.countries, code) }));
  const selectedWeek =
    filters.from && filters.to
      ? (eventsByWeek([], report.period).find((w) => w.start === filters.from && w.end === filters.to)?.start ?? null)
      : null;
  const selectWeek = (w: WeekCount) =>
    setFilters((f) =>
      f.from === w.start && f.to === w.end ? { ...f, from: null, to: null } : { ...f, from: w.start, to: w.end },
    );

  const onlyCountry = filters.countries.length === 1 ? filters.countries[0]! : null;

  return (
    <section className="overview" aria-labelledby="overview-title">
      <div className="overview__head">
        <div>
          <h2 id="overview-title">Обзор квартала</h2>
          <p className="overview__period">
            {formatDate(report.period.start)} – {formatDate(report.period.end)} · {report.region}
          </p>
        </div>
        <div className="overview__actions">
          <Link className="button" to={context.link(paths.events(), writeFilters(filters))}>
            {active ? `Показать эти мероприятия (${events.length})` : 'Все мероприятия'}
          </Link>
          {onlyCountry && (
            <Link className="button button--secondary" to={context.link(paths.country(onlyCountry))}>
              Справка по стране: {countryNames(onlyCountry).short}
            </Link>
          )}
        </div>
      </div>
      <ParamNotices notices={notices} />
      <FilterChips filters={filters} report={report} onChange={(next) => setFilters(next)} />
      {active && (
        <p className="overview__filter-note" role="status">
          Показано: {countOf(events.length, FORMS.event)} из {report.events.length}.
          {events.length === 0 && (
            <>
              {' '}
              <button type="button" className="button button--link" onClick={() => setFilters(EMPTY_FILTERS)}>
                Сбросить фильтр
              </button>
            </>
          )}
        </p>
      )}

      <ErrorBoundary label="ключевые показатели" headingLevel={3}>
        <KpiCards report={report} events={events} filtered={active} />
      </ErrorBoundary>

      <OverviewCharts
        report={report}
        events={events}
        ignoringSectors={ignoringSectors}
        ignoringCountries={ignoringCountries}
        filters={filters}
        selectedWeek={selectedWeek}
        onToggleSector={toggleSector}
        onToggleCountry={toggleCountry}
        onSelectWeek={selectWeek}
        context={context}
        emptyMessage={emptyMessage}
      />

      <ErrorBoundary label="цифры для прессы" headingLevel={3}>
        <PressPanel events={events} report={report} filters={filters} headingLevel={3} className="overview__press" />
      </ErrorBoundary>
    </section>
  );
}
