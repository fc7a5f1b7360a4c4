// «Скачать таблицу»: the current view as CSV for Russian Excel, standard CSV, or XLSX. File names say
// which report and filter they hold. exceljs is loaded only when XLSX is asked for.
import { useState } from 'react';
import { buildCsv, type CsvDialect } from '../../domain/csv-export';
import type { EventsView } from '../../domain/events-view';
import { exportFileName } from '../../domain/export-context';
import type { EventFilters } from '../../domain/filters';
import { countOf, FORMS } from '../../lib/lexicon';
import './export-menu.css';
import { saveBlob } from '../save-blob';

export interface ExportMenuProps {
  /** The rows to export: the events of the current view, in its order. */
  view: EventsView;
  filters: EventFilters;
  className?: string;
}

type Kind = CsvDialect | 'xlsx';

export function ExportMenu({ view, filters, className }: ExportMenuProps) {
  const { report } = view.model;
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const empty = view.size === 0;

  async function download(kind: Kind) {
    setBusy(kind);
    setStatus(kind === 'xlsx' ? { ok: true, message: 'Готовим XLSX…' } : null);
    try {
      let fileName: string;
      if (kind === 'xlsx') {
        const { buildXlsx, XLSX_MIME } = await import('../../domain/xlsx-export');
        const bytes = await buildXlsx({ view, filters });
        fileName = exportFileName(report, filters, 'xlsx');
        saveBlob(new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName);
      } else {
        fileName = exportFileName(report, filters, 'csv');
        saveBlob(new Blob([buildCsv(view, kind)], { type: 'text/csv;charset=utf-8' }), fileName);
      }
      setStatus({ ok: true, message: `Файл ${fileName} сохранён (${countOf(view.size, FORMS.row)}).` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'неизвестная ошибка';
      setStatus({
        ok: false,
        message: `Не удалось сформировать файл: ${reason}. Попробуйте ещё раз или выберите CSV.`,
      });
    } finally {
      setBusy(null);
    }
  }

  const button = (kind: Kind, label: string, description: string) => (
    <button
      type="button"
      className="button button--secondary button--small"
      disabled={empty || busy !== null}
      aria-busy={busy === kind}
      aria-label={`Скачать ${description}`}
      onClick={() => void download(kind)}
    >
      {label}
    </button>
  );

  return (
    <div className={`export-menu no-print${className ? ` ${className}` : ''}`}>
      <div className="export-menu__buttons" role="group" aria-label="Скачать таблицу мероприятий">
        <span className="export-menu__label" aria-hidden="true">
          Скачать таблицу{empty ? '' : ` (${countOf(view.size, FORMS.row)})`}:
        </span>
        {button('excel', 'CSV для Excel', 'таблицу в CSV для Excel (UTF-8 с BOM, разделитель «;»)')}
        {button('standard', 'CSV (стандартный)', 'таблицу в стандартном CSV (UTF-8, разделитель «,»)')}
        {button('xlsx', 'XLSX', 'таблицу в XLSX')}
      </div>
      {empty && <p className="export-menu__hint">Нет мероприятий для выгрузки.</p>}
      <p
        className={`export-menu__status${status && !status.ok ? ' export-menu__status--error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status?.message ?? ''}
      </p>
    </div>
  );
}
