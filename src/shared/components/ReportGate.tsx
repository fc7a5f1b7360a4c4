// Renders its children only with a loaded, schema-valid report; otherwise an honest state.
import type { ReactNode } from 'react';
import { useCurrentReport } from '../../api/current-report';
import { ApiError } from '../../api/client';
import type { Report } from '../../domain/report-schema';
import { ErrorState, LoadingState } from './QueryStates';

function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Непредвиденная ошибка при загрузке.';
}

export function ReportGate({ children }: { children: (report: Report) => ReactNode }) {
  const { indexQuery, reportQuery, reportId } = useCurrentReport();

  if (indexQuery.isError && !indexQuery.data) {
    return (
      <ErrorState
        title="Не удалось загрузить список отчётов"
        message={errorText(indexQuery.error)}
        onRetry={() => void indexQuery.refetch()}
      />
    );
  }
  if (indexQuery.data && reportId === undefined) {
    return (
      <ErrorState title="Отчётов пока нет" message="Список отчётов пуст: загрузите отчёт командой npm run ingest." />
    );
  }
  if (reportQuery.isError && !reportQuery.data) {
    return (
      <ErrorState
        title="Не удалось загрузить отчёт"
        message={errorText(reportQuery.error)}
        onRetry={() => void reportQuery.refetch()}
      />
    );
  }
  if (!reportQuery.data) return <LoadingState />;

  return (
    <>
      {reportQuery.isRefetchError && (
        <div className="banner banner--warning" role="status">
          Не удалось обновить данные ({errorText(reportQuery.error)}). Показана ранее загруженная версия отчёта.{' '}
          <button type="button" className="button button--link" onClick={() => void reportQuery.refetch()}>
            Повторить
          </button>
        </div>
      )}
      {children(reportQuery.data)}
    </>
  );
}
