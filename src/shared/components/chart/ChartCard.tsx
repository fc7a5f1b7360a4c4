// A chart with everything a reader needs around it: a title saying what is counted, a text
// alternative, a «Таблица» toggle with the exact numbers, and PNG/SVG downloads that carry the title,
// legend and a source/period/filter footer. The chart itself is the `children`.
import { useId, useRef, useState, type ReactNode } from 'react';
import type { ExportLegendItem } from '../../chart-export';
import { ErrorBoundary } from '../ErrorBoundary';
import { EmptyState } from '../QueryStates';
import { downloadChart, type ExportFormat } from './download';
import { swatchColor } from './palette';
import './chart.css';

export interface ChartTableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface ChartTableRow {
  key: string;
  /** Row header (first column): the category. May hold a button or link. */
  header: ReactNode;
  cells: ReactNode[];
}

export interface ChartTableData {
  /** First column is the row-header column. */
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
}

export interface ChartCardProps {
  /** Stable, unique on the page: used for DOM ids. */
  id: string;
  /** States what is counted: «Мероприятия по направлениям сотрудничества». */
  title: string;
  /** What the chart shows; part of downloads. */
  subtitle?: string;
  /** How to use the chart on screen («Нажмите на полосу…»): shown here, never in a download or on paper. */
  hint?: string;
  /** Text alternative with the key figures, read by screen readers in place of the drawing. */
  summary: string;
  table: ChartTableData;
  /** Shown under the title and included in downloads. */
  legend?: ExportLegendItem[];
  /** File name parts, e.g. ['smolensk', '2026-q1', 'sectors', 'BY'] → smolensk-2026-q1-sectors-BY.png */
  fileNameParts: string[];
  /** Footer of downloads: «Источник: … · Период: … · Фильтр: …» (see exportFooter). */
  exportFooter: string;
  /** When set, the chart, table and downloads are replaced by an empty state with this text. */
  emptyMessage?: string | null;
  /** Extra controls or links under the chart. */
  footer?: ReactNode;
  /** Start with the table open (e.g. for print). */
  defaultShowTable?: boolean;
  className?: string;
  children: ReactNode;
}

export function ChartCard({
  id,
  title,
  subtitle,
  hint,
  summary,
  table,
  legend,
  fileNameParts,
  exportFooter,
  emptyMessage,
  footer,
  defaultShowTable = false,
  className,
  children,
}: ChartCardProps) {
  const uid = useId();
  const titleId = `${id}-title${uid}`;
  const tableId = `${id}-table${uid}`;
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(defaultShowTable);
  const [status, setStatus] = useState('');
  const empty = emptyMessage != null;

  async function download(format: ExportFormat) {
    if (!chartRef.current) return;
    try {
      const name = await downloadChart(
        chartRef.current,
        { title, subtitle, legend, footer: exportFooter },
        fileNameParts,
        format,
      );
      setStatus(`Файл ${name} сохранён.`);
    } catch (error) {
      setStatus(`Не удалось сохранить график: ${error instanceof Error ? error.message : 'неизвестная ошибка'}.`);
    }
  }

  return (
    <figure className={`card chart-card${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <div className="chart-card__header">
        <figcaption className="chart-card__caption">
          <h3 id={titleId} className="chart-card__title">
            {title}
          </h3>
          {(subtitle || hint) && (
            <p className="chart-card__subtitle">
              {subtitle}
              {hint && <span className="chart-card__hint no-print">{subtitle ? ` ${hint}` : hint}</span>}
            </p>
          )}
          <p className="visually-hidden">{empty ? emptyMessage : summary}</p>
        </figcaption>
        {!empty && (
          <div className="chart-card__tools no-print" role="group" aria-label={`Действия с графиком «${title}»`}>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((v) => !v)}
            >
              Таблица
            </button>
            {(['png', 'svg'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="button button--secondary button--small"
                aria-label={`Скачать график «${title}» в ${format.toUpperCase()}`}
                onClick={() => void download(format)}
              >
                {format.toUpperCase()}
              </button>
            ))}
          </div>
        )}
      </div>
      {legend && legend.length > 0 && !empty && (
        <ul className="chart-card__legend" aria-label="Условные обозначения">
          {legend.map((item) => (
            <li key={item.label}>
              <span className="chart-card__swatch" style={{ background: swatchColor(item.color) }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {emptyMessage != null ? (
        <EmptyState title={emptyMessage} />
      ) : (
        <>
          <div className="chart-card__chart" ref={chartRef}>
            {/* A chart that fails to draw shows a message; the title, table and the rest of the page stay. */}
            <ErrorBoundary label={`график «${title}»`} headingLevel={3}>
              {children}
            </ErrorBoundary>
          </div>
          <div id={tableId} className="chart-card__table" hidden={!showTable}>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.header}</th>
                    {row.cells.map((cell, i) => (
                      <td key={i} className={table.columns[i + 1]?.numeric ? 'num' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {footer && <div className="chart-card__footer">{footer}</div>}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </figure>
  );
}
