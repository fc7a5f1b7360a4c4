// Page chrome: header with the report title and period, report switcher (published reports and those
// loaded in this browser), «Загрузить отчёт», navigation; notices about local reports.
import { useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { CatalogEntry } from '../api/catalog';
import { useCurrentReport } from '../api/current-report';
import { COMPARE_PARAM, href, paths, REPORT_PARAM } from '../config/paths';
import { formatQuarter } from '../lib/calendar';
import { ErrorBoundary } from '../shared/components/ErrorBoundary';
import { OfflineBanner } from '../shared/components/OfflineBanner';
import { useFocusRescue } from './use-focus-rescue';

/** «II квартал 2026 года — загружен локально» */
function entryLabel(entry: CatalogEntry): string {
  const quarter = formatQuarter(entry.period.year, entry.period.quarter);
  return entry.origin === 'local' ? `${quarter} — загружен локально` : quarter;
}

function ReportSwitcher() {
  const { catalog, reportId } = useCurrentReport();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const reports = catalog.entries;
  if (reports.length === 0 || reportId === undefined) return null;
  return (
    <label className="report-switcher">
      <span>Отчёт</span>
      <select
        value={reportId}
        onChange={(e) => {
          // Filters belong to a report's data, so switching report keeps only the report and comparison.
          const next = new URLSearchParams();
          next.set(REPORT_PARAM, e.target.value);
          const compare = params.get(COMPARE_PARAM);
          if (compare) next.set(COMPARE_PARAM, compare);
          const pathname = location.pathname.startsWith(`${paths.events()}/`) ? paths.events() : location.pathname;
          navigate({ pathname, search: next.toString() });
        }}
      >
        {reports.map((r) => (
          <option key={r.key} value={r.key}>
            {entryLabel(r)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** «II квартал 2026 года» from `2026-q2`. */
function quarterOfId(id: string): string {
  const [year, quarter] = id.split('-q').map(Number) as [number, number];
  return formatQuarter(year, quarter);
}

export function Layout() {
  const { reportQuery, unknownRequested, missingLocal, entry } = useCurrentReport();
  const [params] = useSearchParams();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusRescue(mainRef);
  const report = reportQuery.data;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Перейти к содержанию
      </a>
      <header className="app-header">
        <div className="app-header__title">
          <p className="app-header__eyebrow">Смоленская область · международные мероприятия</p>
          <h1>{report ? formatQuarter(report.period.year, report.period.quarter) : 'Международные мероприятия'}</h1>
          {report && <p className="app-header__subtitle">{report.title}</p>}
        </div>
        <div className="app-header__tools">
          <ReportSwitcher />
          <Link
            className="button button--secondary app-header__upload no-print"
            to={href(paths.reports(), null, params)}
          >
            Загрузить отчёт
          </Link>
        </div>
        <nav className="app-nav" aria-label="Разделы">
          <NavLink to={href(paths.overview(), null, params)} end>
            Обзор
          </NavLink>
          <NavLink to={href(paths.events(), null, params)}>Мероприятия</NavLink>
          <NavLink to={href(paths.quality(), null, params)}>Данные и качество</NavLink>
          {report && (
            <NavLink to={href(paths.year(report.period.year), null, params)}>{report.period.year} год</NavLink>
          )}
          <NavLink to={href(paths.reports(), null, params)}>Отчёты</NavLink>
        </nav>
      </header>
      <OfflineBanner />
      {unknownRequested && (
        <div className="banner banner--warning" role="status">
          Отчёт «{unknownRequested}» не найден в списке; показан последний отчёт.
        </div>
      )}
      {missingLocal && (
        <div className="banner banner--warning" role="status">
          Ссылка ведёт на отчёт за {quarterOfId(missingLocal)}, загруженный локально в другом браузере. Такие отчёты
          хранятся только там, где их загрузили, и в этом браузере его нет; показан последний опубликованный отчёт.
          Чтобы открыть его здесь, загрузите тот же файл на странице <Link to={paths.reports()}>«Отчёты»</Link>.
        </div>
      )}
      {entry?.origin === 'local' && location.pathname !== paths.reports() && (
        <div className="banner banner--local" role="note">
          Этот отчёт загружен локально: он хранится только в этом браузере и не опубликован. Ссылка на эту страницу
          откроется только здесь; чтобы им поделиться, скачайте JSON на странице{' '}
          <Link to={href(paths.reports(), null, params)}>«Отчёты»</Link> и передайте его для публикации.
        </div>
      )}
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        <ErrorBoundary label="страница" resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        Источник: отчёт исполнительных органов Смоленской области о мероприятиях в международной сфере.
      </footer>
    </div>
  );
}
