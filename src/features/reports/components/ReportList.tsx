// Every report the dashboard can show: published ones (read-only) and those loaded in this browser,
// which can be opened, downloaded as the JSON file `data/reports/` publishes, or removed.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { CatalogEntry } from '../../../api/catalog';
import { useRemoveLocalReport } from '../../../api/local-mutations';
import { localReportQuery } from '../../../api/reports';
import { href, paths, REPORT_PARAM } from '../../../config/paths';
import { formatQuarter } from '../../../lib/calendar';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { saveBlob } from '../../../shared/save-blob';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function LocalActions({ entry }: { entry: CatalogEntry }) {
  const queryClient = useQueryClient();
  const remove = useRemoveLocalReport();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const quarter = formatQuarter(entry.period.year, entry.period.quarter);

  async function download() {
    setDownloadError(null);
    try {
      const { json } = await queryClient.fetchQuery(localReportQuery(entry.id));
      saveBlob(new Blob([json], { type: 'application/json' }), `${entry.id}.json`);
    } catch (error) {
      setDownloadError(errorText(error));
    }
  }

  async function removeIt() {
    await remove.mutateAsync(entry.id).catch(() => null);
    setConfirming(false);
    // The page was showing the removed report: show the default one instead.
    if (params.get(REPORT_PARAM) === entry.key) {
      const next = new URLSearchParams(params);
      next.delete(REPORT_PARAM);
      navigate({ search: next.toString() }, { replace: true });
    }
  }

  return (
    <div className="report-list__actions">
      <button type="button" className="button button--secondary" onClick={() => void download()}>
        Скачать JSON<span className="visually-hidden"> отчёта за {quarter}</span>
      </button>
      {confirming ? (
        <span className="report-list__confirm" role="group" aria-label={`Удалить отчёт за ${quarter}?`}>
          <span>Удалить из браузера?</span>
          <button type="button" className="button" onClick={() => void removeIt()} disabled={remove.isPending}>
            Удалить
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Оставить
          </button>
        </span>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Удалить<span className="visually-hidden"> отчёт за {quarter}</span>
        </button>
      )}
      {downloadError && <p role="alert">Не удалось скачать: {downloadError}</p>}
      {remove.error && <p role="alert">Не удалось удалить: {errorText(remove.error)}</p>}
    </div>
  );
}

export function ReportList({ entries, current }: { entries: readonly CatalogEntry[]; current: URLSearchParams }) {
  if (entries.length === 0) return <p>Отчётов пока нет: загрузите первый файл выше.</p>;
  return (
    <div className="table-scroll">
      <table className="report-list">
        <caption className="visually-hidden">Отчёты, доступные в дашборде</caption>
        <thead>
          <tr>
            <th scope="col">Квартал</th>
            <th scope="col">Где хранится</th>
            <th scope="col" className="numeric">
              Мероприятий
            </th>
            <th scope="col">Источник</th>
            <th scope="col">Действия</th>
          </tr>
        </thead>
        <tbody>
          {[...entries].reverse().map((entry) => {
            const quarter = formatQuarter(entry.period.year, entry.period.quarter);
            return (
              <tr key={entry.key}>
                <th scope="row">
                  <Link to={href(paths.overview(), new URLSearchParams({ [REPORT_PARAM]: entry.key }), current)}>
                    {quarter}
                  </Link>
                </th>
                <td>
                  {entry.origin === 'local' ? (
                    <>
                      <span className="tag tag--local">загружен локально</span> в этом браузере{' '}
                      {formatDateTime(entry.local!.addedAt)}
                    </>
                  ) : (
                    'опубликован'
                  )}
                </td>
                <td className="numeric">{formatNumber(entry.eventCount)}</td>
                <td>
                  {entry.local ? (
                    <>
                      «{entry.local.file}», SHA-256 <code>{entry.local.sha256.slice(0, 12)}…</code>
                    </>
                  ) : (
                    <Link to={href(paths.quality(), new URLSearchParams({ [REPORT_PARAM]: entry.key }))}>
                      Источник и качество данных
                    </Link>
                  )}
                </td>
                <td>{entry.origin === 'local' ? <LocalActions entry={entry} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
