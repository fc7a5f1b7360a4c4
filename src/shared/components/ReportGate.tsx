// Renders its children only with a loaded, schema-valid report (prepared for the screens); otherwise an honest state:
// what failed (in Russian), a retry, and the index's other reports when one report cannot be loaded.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentReport } from '../../api/current-report';
import { preparedReport } from '../../api/prepared-report';
import { ApiError } from '../../api/client';
import { href, paths, REPORT_PARAM } from '../../config/paths';
import type { PreparedReport } from '../../domain/prepared-report';
import type { CatalogEntry } from '../../api/catalog';
import { formatQuarter } from '../../lib/calendar';
import { formatClockTime } from '../../lib/format';
import { ErrorState, LoadingState } from './QueryStates';
import './states.css';

function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  // The local store's errors (LocalStoreError) carry their own Russian message.
  if (error instanceof Error && error.name === 'LocalStoreError') return error.message;
  return 'Непредвиденная ошибка при загрузке.';
}

function OfflineWait({ what }: { what: string }) {
  return (
    <div className="state state--loading" role="status">
      <p className="state__title">Нет подключения к сети</p>
      <p>{what} загрузится автоматически, когда связь восстановится.</p>
    </div>
  );
}

/** Links to the reports that may still load, keeping the current screen (event ids are per report). */
function OtherReports({ reports }: { reports: readonly CatalogEntry[] }) {
  const { pathname } = useLocation();
  if (reports.length === 0) return null;
  const path = pathname.startsWith(`${paths.events()}/`) ? paths.events() : pathname;
  return (
    <nav className="other-reports" aria-label="Другие отчёты">
      <p>Другие отчёты из списка доступны:</p>
      <ul>
        {reports.map((r) => (
          <li key={r.key}>
            <Link to={href(path, new URLSearchParams({ [REPORT_PARAM]: r.key }))}>
              {formatQuarter(r.period.year, r.period.quarter)}
              {r.origin === 'local' ? ' (загружен локально)' : ''}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Renders `children` with the current report, prepared (columns, search index, orders) once per report. */
export function ReportGate({ children }: { children: (model: PreparedReport) => ReactNode }) {
  const { indexQuery, reportQuery, reportId, catalog, entry, waiting } = useCurrentReport();
  const index = indexQuery.data;

  if (!index) {
    if (indexQuery.isError)
      return (
        <ErrorState
          title="Не удалось загрузить список отчётов"
          message={errorText(indexQuery.error)}
          onRetry={() => void indexQuery.refetch()}
        />
      );
    // react-query holds requests while the browser is offline instead of failing them.
    if (indexQuery.fetchStatus === 'paused') return <OfflineWait what="Список отчётов" />;
    return <LoadingState label="Загрузка списка отчётов…" />;
  }
  if (waiting) return <LoadingState label="Загрузка отчётов, сохранённых в этом браузере…" />;
  if (reportId === undefined) {
    return (
      <ErrorState
        title="Отчётов пока нет"
        message="Список отчётов пуст: загрузите файл отчёта на странице «Отчёты» или опубликуйте его командой npm run ingest."
      >
        <p>
          <Link to={paths.reports()}>Загрузить отчёт</Link>
        </p>
      </ErrorState>
    );
  }
  const period = entry ? formatQuarter(entry.period.year, entry.period.quarter) : reportId;
  if (reportQuery.isError && !reportQuery.data) {
    return (
      <ErrorState
        title={`Не удалось загрузить отчёт за ${period}`}
        message={errorText(reportQuery.error)}
        onRetry={() => void reportQuery.refetch()}
      >
        <OtherReports reports={catalog.entries.filter((r) => r.key !== reportId)} />
      </ErrorState>
    );
  }
  if (!reportQuery.data) {
    if (reportQuery.fetchStatus === 'paused') return <OfflineWait what={`Отчёт за ${period}`} />;
    return <LoadingState label={`Загрузка отчёта за ${period}…`} />;
  }

  return (
    <>
      {reportQuery.isRefetchError && (
        <div className="banner banner--warning stale-banner" role="status">
          Не удалось обновить данные: {errorText(reportQuery.error)} Показана версия отчёта, загруженная в{' '}
          {formatClockTime(reportQuery.dataUpdatedAt)}.{' '}
          <button type="button" className="button button--link" onClick={() => void reportQuery.refetch()}>
            Повторить
          </button>
        </div>
      )}
      {children(preparedReport(reportQuery.data, reportId))}
    </>
  );
}
