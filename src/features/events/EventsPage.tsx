// Events explorer: search, facets, a sortable virtualised table; all of it in the URL.
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { activeFilterCount, EMPTY_FILTERS, isFiltered, writeFilters, type EventFilters } from '../../domain/filters';
import type { PreparedReport } from '../../domain/prepared-report';
import type { ReportEvent } from '../../domain/report-schema';
import { prepareQuery } from '../../domain/search';
import { ErrorBoundary } from '../../shared/components/ErrorBoundary';
import { FilterChips, ParamNotices } from '../../shared/components/FilterBar';
import { ExportMenu } from '../../shared/components/ExportMenu';
import { PressPanel } from '../../shared/components/PressPanel';
import { EmptyState } from '../../shared/components/QueryStates';
import { ReportGate } from '../../shared/components/ReportGate';
import { SkipLinks } from '../../shared/components/SkipLinks';
import { formatNumber } from '../../lib/format';
import { paths } from '../../config/paths';
import { ColumnPicker } from './components/ColumnPicker';
import { EventsTable } from './components/EventsTable';
import { FacetPanel } from './components/FacetPanel';
import { SearchBox } from './components/SearchBox';
import { detailHref } from './events-url';
import { useEventsView } from './hooks/use-events-view';
import { whenIdle } from '../../lib/when-idle';
import './events.css';

function Explorer({ model }: { model: PreparedReport }) {
  const view = useEventsView(model);
  const { filters, setFilters, rows, params } = view;
  // The input, the count and the facets answer a keystroke or a click at once; the table, the exports
  // and the press text follow in a deferred render, which the next keystroke interrupts.
  const shownRows = useDeferredValue(rows);
  const shownFilters = useDeferredValue(filters);
  const terms = useMemo(() => prepareQuery(shownFilters.q), [shownFilters.q]);
  // The search index is built while the page is idle, not on the first keystroke.
  useEffect(() => whenIdle(() => void model.search, { timeoutMs: 2000, fallbackMs: 200 }), [model]);
  // Links carry the list's query minus the scroll key, so scrolling does not rebuild every row. The
  // filters are the ones shown, not the URL's: when a debounced search reaches the URL, no link changes.
  const linkQuery = detailHref('', writeFilters(shownFilters, params)).split('?')[1] ?? '';
  // The same address as detailHref(event.id, linkQuery), without parsing the query again for every row.
  const href = useCallback(
    (event: ReportEvent) => (linkQuery ? `${paths.event(event.id)}?${linkQuery}` : paths.event(event.id)),
    [linkQuery],
  );
  // Stable handlers: the memoised panels below then skip the re-render when only the URL catches up.
  const reset = useCallback(() => setFilters(() => EMPTY_FILTERS), [setFilters]);
  const onFacetChange = useCallback((next: (f: EventFilters) => EventFilters) => setFilters(next), [setFilters]);
  const onSearch = useCallback(
    (q: string, delay: number) => setFilters((f) => ({ ...f, q }), { replace: true, delay }),
    [setFilters],
  );
  const { at, setAt } = view;
  const onScrollSettled = useCallback((id: string | null) => (id !== at ? setAt(id) : undefined), [at, setAt]);

  return (
    <section className="explorer" aria-labelledby="events-title">
      {/* Past the filters' many checkboxes, for keyboard users. */}
      <SkipLinks
        targets={[
          { id: 'events-search', label: 'К поиску' },
          { id: 'explorer-results', label: 'К списку мероприятий' },
          { id: 'explorer-press', label: 'К цифрам для прессы' },
        ]}
      />
      <div className="explorer__head">
        <h2 id="events-title">Мероприятия</h2>
        <p className="explorer__count" role="status" aria-live="polite" aria-atomic="true">
          Найдено: {formatNumber(rows.size)} из {formatNumber(model.size)}
        </p>
      </div>
      <ParamNotices notices={view.notices} />
      <div className="explorer__layout">
        <ErrorBoundary label="фильтры" headingLevel={3}>
          <FacetPanel
            facets={view.facets}
            filters={filters}
            onChange={onFacetChange}
            activeCount={activeFilterCount(filters)}
            onReset={reset}
          />
        </ErrorBoundary>
        <div className="explorer__main">
          <div className="explorer__toolbar">
            <SearchBox value={filters.q} onSearch={onSearch} />
            <ColumnPicker hidden={view.hidden} onChange={view.setHidden} />
          </div>
          {/* Exports carry exactly the rows found, in the order shown. */}
          <ExportMenu view={shownRows} filters={shownFilters} className="explorer__export" />
          <FilterChips filters={filters} labels={model} onChange={(next) => setFilters(() => next)} />
          <div id="explorer-results" className="skip-target" tabIndex={-1}>
            {shownRows.size === 0 ? (
              <EmptyState title={isFiltered(shownFilters) ? 'Ничего не найдено' : 'В отчёте нет мероприятий'}>
                {isFiltered(shownFilters) && (
                  <p>
                    Измените запрос или{' '}
                    <button type="button" className="button button--link" onClick={reset}>
                      сбросьте фильтры
                    </button>
                    .
                  </p>
                )}
              </EmptyState>
            ) : (
              <ErrorBoundary label="таблица мероприятий" headingLevel={3}>
                <EventsTable
                  rows={shownRows}
                  terms={terms}
                  sort={view.sort}
                  onSort={view.setSort}
                  hidden={view.hidden}
                  href={href}
                  initialAt={view.at}
                  onScrollSettled={onScrollSettled}
                />
              </ErrorBoundary>
            )}
          </div>
          <div id="explorer-press" className="skip-target" tabIndex={-1}>
            <ErrorBoundary label="цифры для прессы" headingLevel={3}>
              <PressPanel view={shownRows} filters={shownFilters} headingLevel={3} className="explorer__press" />
            </ErrorBoundary>
          </div>
        </div>
      </div>
    </section>
  );
}

export function EventsPage() {
  return <ReportGate>{(model) => <Explorer model={model} />}</ReportGate>;
}
