// `/reports`: load a new quarter's Word file without a developer, and see every report the dashboard
// has — the published ones and those loaded in this browser (open, download as JSON, remove).
import { useSearchParams } from 'react-router-dom';
import { useCatalog } from '../../api/catalog';
import { useRemoveLocalReport } from '../../api/local-mutations';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { ImportPanel } from './components/ImportPanel';
import { ReportList } from './components/ReportList';
import './reports.css';

function UnreadableRecords({ ids }: { ids: readonly string[] }) {
  const remove = useRemoveLocalReport();
  if (ids.length === 0) return null;
  return (
    <div className="banner banner--warning" role="status">
      <p>
        В браузере сохранены отчёты, которые эта версия дашборда не может прочитать (вероятно, их сохранила более старая
        версия): {ids.join(', ')}. Удалите их и загрузите исходные файлы заново.
      </p>
      {ids.map((id) => (
        <button key={id} type="button" className="button button--secondary" onClick={() => remove.mutate(id)}>
          Удалить запись {id}
        </button>
      ))}
    </div>
  );
}

export function ReportsPage() {
  const [params] = useSearchParams();
  const { entries, indexQuery, localQuery } = useCatalog({ withLocal: true });

  return (
    <section className="reports-page" aria-labelledby="reports-title">
      <title>Отчёты — международные мероприятия Смоленской области</title>
      <h2 id="reports-title">Отчёты</h2>
      <p className="reports-page__lead">
        Новый квартальный отчёт можно посмотреть в дашборде сразу, без публикации: загрузите файл Word (.docx) или его
        текстовую версию (.txt). Отчёт сохранится только в этом браузере; чтобы его увидели все, скачайте JSON и
        передайте администратору для публикации в <code>data/reports/</code>.
      </p>
      {localQuery.isError && (
        <div className="banner banner--warning" role="status">
          {localQuery.error.message} Загруженные отчёты можно просмотреть, но не сохранить.
        </div>
      )}
      <UnreadableRecords ids={localQuery.data?.unreadable ?? []} />
      {indexQuery.isError ? (
        <ErrorState
          title="Не удалось загрузить список опубликованных отчётов"
          message={`${indexQuery.error.message} Без него нельзя проверить, опубликован ли уже загружаемый квартал.`}
          onRetry={() => void indexQuery.refetch()}
        />
      ) : !indexQuery.data || localQuery.isPending ? (
        <LoadingState label="Загрузка списка отчётов…" />
      ) : (
        <>
          <ImportPanel entries={entries} />
          <section className="card" aria-labelledby="reports-list-title">
            <h3 id="reports-list-title">Все отчёты</h3>
            <ReportList entries={entries} current={params} />
          </section>
        </>
      )}
    </section>
  );
}
