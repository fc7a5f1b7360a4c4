// The governor's-office overview: the quarter at a glance. Every figure comes from src/domain over the
// report; the filter lives in the URL (`/?country=BY`), so a shared link reproduces the view.
// Cross-filtering: each chart of a dimension (sectors, countries) ignores its own selection and
// highlights it instead, so the other choices stay visible and clickable.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { periodWeeks } from '../../domain/aggregations';
import { countryNames } from '../../domain/countries';
import { processedLabel } from '../../domain/export-context';
import { filterView } from '../../domain/filter-engine';
import { EMPTY_FILTERS, isFiltered, writeFilters, type EventFilters } from '../../domain/filters';
import type { PreparedReport } from '../../domain/prepared-report';
import type { Week } from '../../lib/calendar';
import { formatDate } from '../../lib/format';
import { countOf, FORMS } from '../../lib/lexicon';
import { SkipLinks } from '../../shared/components/SkipLinks';
import { ErrorBoundary } from '../../shared/components/ErrorBoundary';
import { FilterChips, ParamNotices } from '../../shared/components/FilterBar';
import { PressPanel } from '../../shared/components/PressPanel';
import { ReportGate } from '../../shared/components/ReportGate';
import { ComparisonControl } from '../../shared/components/ComparisonControl';
import { useComparison } from '../../api/compared-report';
import { comparableFilter, comparisonSentences } from '../../domain/press-comparison';
import type { ComparisonContext } from '../../domain/comparison';
import { useUrlState } from '../../shared/hooks/use-url-state';
import { chartContext, toggle } from './chart-context';
import { KpiCards } from './components/KpiCards';
// The bar charts are plain SVG and small, so they ship with the page: a lazy chunk cost a round trip
// (and its CSS another) before the first chart. The map stays lazy.
import OverviewCharts from './components/OverviewCharts';
import './overview.css';

export function OverviewPage() {
  return <ReportGate>{(model) => <Overview model={model} />}</ReportGate>;
}

function Overview({ model }: { model: PreparedReport }) {
  const { report } = model;
  const { filters, notices, setFilters, params } = useUrlState(model);
  // Views are kept on the model by filter content: toggling a country leaves the country charts'
  // view (every filter but the country one) the same object, so their figures are not even recounted.
  const view = filterView(model, filters);
  const ignoringSectors = filterView(model, { ...filters, sectors: [] });
  const ignoringCountries = filterView(model, { ...filters, countries: [] });
  const context = chartContext(model, filters, params);
  const active = isFiltered(filters);

  const emptyMessage =
    model.size === 0 ? 'В отчёте нет мероприятий' : view.size === 0 ? 'Нет мероприятий, подходящих под фильтр' : null;

  const toggleSector = (id: string) => setFilters((f) => ({ ...f, sectors: toggle(f.sectors, id) }));
  const toggleCountry = (code: string) => setFilters((f) => ({ ...f, countries: toggle(f.countries, code) }));
  const selectedWeek =
    filters.from && filters.to
      ? (periodWeeks(report.period).find((w) => w.start === filters.from && w.end === filters.to)?.start ?? null)
      : null;
  const selectWeek = (w: Week) =>
    setFilters((f) =>
      f.from === w.start && f.to === w.end ? { ...f, from: null, to: null } : { ...f, from: w.start, to: w.end },
    );

  // The compared quarter under the same filter; not for month or date filters (no counterpart there),
  // nor across counting rules (every figure would differ by method).
  const { mode, invalidMode, state: compared } = useComparison(report);
  const filterComparable = comparableFilter(filters);
  const comparing =
    compared.status === 'ready' && filterComparable && !compared.reasons.some((r) => r.kind === 'rules')
      ? compared
      : null;
  const sectorsComparable = !comparing?.reasons.some((r) => r.kind === 'sectors');
  const against = (f: EventFilters): ComparisonContext | null =>
    comparing
      ? { earlier: filterView(comparing.model, f), quarter: comparing.quarter, sectors: sectorsComparable }
      : null;
  const comparison = against(filters);
  const earlierView = comparison?.earlier ?? null;
  const earlierQuarter = comparing?.quarter ?? null;
  const pressExtra = useMemo(
    () =>
      earlierView && earlierQuarter
        ? comparisonSentences({ view, earlier: earlierView, quarter: earlierQuarter, filters })
        : [],
    [view, earlierView, earlierQuarter, filters],
  );

  const shared = { context, emptyMessage };
  const onlyCountry = filters.countries.length === 1 ? filters.countries[0]! : null;

  return (
    <section className="overview" aria-labelledby="overview-title">
      <SkipLinks
        targets={[
          { id: 'overview-charts', label: 'К графикам' },
          { id: 'overview-press', label: 'К цифрам для прессы' },
        ]}
      />
      <div className="overview__head">
        <div>
          <h2 id="overview-title">Обзор квартала</h2>
          <p className="overview__period">
            Отчётный период: {formatDate(report.period.start)} – {formatDate(report.period.end)} · {report.region} ·
            файл отчёта обработан {processedLabel(report)}
          </p>
        </div>
        <div className="overview__actions">
          <Link className="button" to={context.link(paths.events(), writeFilters(filters))}>
            {active ? `Показать эти мероприятия (${view.size})` : 'Все мероприятия'}
          </Link>
          {onlyCountry && (
            <Link className="button button--secondary" to={context.link(paths.country(onlyCountry))}>
              Справка по стране: {countryNames(onlyCountry).short}
            </Link>
          )}
        </div>
      </div>
      <ParamNotices notices={notices} />
      <FilterChips filters={filters} labels={model} onChange={(next) => setFilters(() => next)} />
      {active && (
        <p className="overview__filter-note" role="status">
          Показано: {countOf(view.size, FORMS.event)} из {model.size}.
          {view.size === 0 && (
            <>
              {' '}
              <button type="button" className="button button--link" onClick={() => setFilters(() => EMPTY_FILTERS)}>
                Сбросить фильтр
              </button>
            </>
          )}
        </p>
      )}

      <ComparisonControl
        mode={mode}
        invalidMode={invalidMode}
        state={compared}
        note={
          compared.status === 'ready' && !filterComparable
            ? 'Месяцы и даты фильтра есть только в этом квартале: с выбранным периодом изменения не считаются.'
            : null
        }
      />

      <ErrorBoundary label="ключевые показатели" headingLevel={3}>
        <KpiCards view={view} filtered={active} comparison={comparison} />
      </ErrorBoundary>

      <OverviewCharts
        bySector={{
          view: ignoringSectors,
          selected: filters.sectors,
          onToggle: toggleSector,
          comparison: against({ ...filters, sectors: [] }),
          ...shared,
        }}
        byCountry={{
          view: ignoringCountries,
          selected: filters.countries,
          onToggle: toggleCountry,
          comparison: against({ ...filters, countries: [] }),
          ...shared,
        }}
        timeline={{ view, selectedWeek, onSelectWeek: selectWeek, ...shared }}
      />

      <div id="overview-press" tabIndex={-1} className="skip-target">
        <ErrorBoundary label="цифры для прессы" headingLevel={3}>
          <PressPanel view={view} filters={filters} headingLevel={3} className="overview__press" extra={pressExtra} />
        </ErrorBoundary>
      </div>
    </section>
  );
}
