// Page chrome: header with the report title and period, report switcher, navigation.
import { useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentReport } from '../api/current-report';
import { href, paths, REPORT_PARAM } from '../config/paths';
import { formatQuarter } from '../lib/calendar';
import { ErrorBoundary } from '../shared/components/ErrorBoundary';
import { OfflineBanner } from '../shared/components/OfflineBanner';
import { useFocusRescue } from './use-focus-rescue';

function ReportSwitcher() {
  const { indexQuery, reportId } = useCurrentReport();
  const navigate = useNavigate();
  const location = useLocation();
  const reports = indexQuery.data?.reports ?? [];
  if (reports.length === 0 || reportId === undefined) return null;
  return (
    <label className="report-switcher">
      <span>Отчёт</span>
      <select
        value={reportId}
        onChange={(e) => {
          // Filters belong to a report's data, so switching report keeps only the report choice.
          const next = new URLSearchParams();
          next.set(REPORT_PARAM, e.target.value);
          navigate({
            pathname: location.pathname.startsWith(`${paths.events()}/`) ? paths.events() : location.pathname,
            search: next.toString(),
          });
        }}
      >
        {reports.map((r) => (
          <option key={r.id} value={r.id}>
            {formatQuarter(r.period.year, r.period.quarter)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout() {
  const { reportQuery, unknownRequested } = useCurrentReport();
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
        <ReportSwitcher />
        <nav className="app-nav" aria-label="Разделы">
          <NavLink to={href(paths.overview(), null, params)} end>
            Обзор
          </NavLink>
          <NavLink to={href(paths.events(), null, params)}>Мероприятия</NavLink>
          <NavLink to={href(paths.quality(), null, params)}>Данные и качество</NavLink>
        </nav>
      </header>
      <OfflineBanner />
      {unknownRequested && (
        <div className="banner banner--warning" role="status">
          Отчёт «{unknownRequested}» не найден в списке; показан последний отчёт.
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
