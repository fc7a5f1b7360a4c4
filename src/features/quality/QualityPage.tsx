// «Данные и качество»: where the figures come from and what the parser could not read cleanly.
// Every warning links to its event, so a reader can check the source row themselves.
import { Link } from 'react-router-dom';
import type { Report } from '../../domain/report-schema';
import { ReportGate } from '../../shared/components/ReportGate';
import { EmptyState } from '../../shared/components/QueryStates';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { formatQuarter } from '../../lib/calendar';
import { countOf, FORMS } from '../../lib/lexicon';
import { paths } from '../../config/paths';
import { useReportLink } from '../../shared/hooks/use-report-link';
import { Methodology } from './Methodology';
import { warningFieldLabel } from './warning-fields';
import './quality.css';

function QualityReport({ report }: { report: Report }) {
  const link = useReportLink();
  const byNumber = new Map(report.events.map((e) => [e.number, e]));
  const rowsWithWarnings = new Set(report.warnings.map((w) => w.eventNumber).filter((n) => n !== null));

  return (
    <section className="quality" aria-labelledby="quality-title">
      <h2 id="quality-title">Данные и качество</h2>
      <p className="quality__lead">
        Все цифры дашборда получены из одного документа. Здесь видно, какого именно, и что в нём пришлось истолковать.
      </p>

      <div className="quality__grid">
        <div className="card">
          <h3>Источник</h3>
          <dl className="quality__facts">
            <dt>Документ</dt>
            <dd>{report.title}</dd>
            <dt>Регион</dt>
            <dd>{report.region}</dd>
            <dt>Период</dt>
            <dd>
              {formatQuarter(report.period.year, report.period.quarter)}: {formatDate(report.period.start)} —{' '}
              {formatDate(report.period.end)}
            </dd>
            <dt>Файл</dt>
            <dd>
              <code>{report.source.file}</code>
            </dd>
            <dt>Контрольная сумма SHA-256</dt>
            <dd>
              <code className="quality__hash">{report.source.sha256}</code>
            </dd>
            <dt>Файл отчёта обработан</dt>
            <dd>{formatDateTime(report.source.parsedAt)}</dd>
            <dt>Мероприятий в отчёте</dt>
            <dd>{formatNumber(report.events.length)}</dd>
          </dl>
        </div>

        <div className="card">
          <h3>Примечания отчёта</h3>
          {report.notes.length === 0 ? (
            <p>В отчёте нет текста после таблицы.</p>
          ) : (
            report.notes.map((note, i) => (
              <blockquote key={i} className="quality__note">
                {note}
              </blockquote>
            ))
          )}
        </div>
      </div>

      <Methodology />

      <div className="card">
        <h3>
          Замечания к данным: {countOf(report.warnings.length, FORMS.warning)}
          {rowsWithWarnings.size > 0 && ` в ${countOf(rowsWithWarnings.size, FORMS.rowPrep)}`}
        </h3>
        {report.warnings.length === 0 ? (
          <EmptyState title="Замечаний нет: все строки отчёта разобраны без допущений." />
        ) : (
          <table className="quality__table">
            <caption className="visually-hidden">Замечания к данным по строкам отчёта</caption>
            <thead>
              <tr>
                <th scope="col">Строка</th>
                <th scope="col">Поле</th>
                <th scope="col">Что не так</th>
              </tr>
            </thead>
            <tbody>
              {report.warnings.map((w, i) => {
                const event = w.eventNumber === null ? undefined : byNumber.get(w.eventNumber);
                return (
                  <tr key={i}>
                    <td>
                      {event ? (
                        <Link to={link(paths.event(event.id))} aria-label={`Строка ${event.number}: ${event.title}`}>
                          № {event.number}
                        </Link>
                      ) : w.eventNumber !== null ? (
                        `№ ${w.eventNumber}`
                      ) : (
                        'Отчёт'
                      )}
                    </td>
                    <td>{warningFieldLabel(w.field)}</td>
                    <td>{w.message}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

export function QualityPage() {
  return <ReportGate>{(model) => <QualityReport report={model.report} />}</ReportGate>;
}
