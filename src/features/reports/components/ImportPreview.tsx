// The preview of a parsed file, before anything is kept: its period and source, what keeping it would
// do (the store rules), events per sector, every warning with its row, and — when the quarter already
// has a report here or published — what changes against it. The user confirms or cancels.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { ParsedUpload } from '../../../api/import/parse-file';
import { localKey } from '../../../api/local-key';
import { eventsBySector } from '../../../domain/aggregations';
import type { ImportPlan } from '../../../domain/import-plan';
import { prepareReport } from '../../../domain/prepared-report';
import { diffFieldLabel, fieldText, isEmptyDiff, type ReportDiff } from '../../../domain/report-diff';
import type { Report, ReportEvent } from '../../../domain/report-schema';
import { WARNING_FIELD_LABELS } from '../../../domain/warning-fields';
import { formatQuarter } from '../../../lib/calendar';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { countOf, FORMS, shorten } from '../../../lib/lexicon';

interface Props {
  file: string;
  parsed: ParsedUpload;
  plan: ImportPlan;
  saving: boolean;
  saveError: string | null;
  /** The overview link of a report key. */
  openLink: (key: string) => string;
  onConfirm: () => void;
  onCancel: () => void;
}

const quarterOf = (report: Report) => formatQuarter(report.period.year, report.period.quarter);
const shortSha = (sha: string) => `${sha.slice(0, 12)}…`;

function sourceOf(report: Report): string {
  return `файл «${report.source.file}», SHA-256 ${shortSha(report.source.sha256)}, обработан ${formatDateTime(report.source.parsedAt)}`;
}

/** What keeping the file would do, in words, and the confirm button's label (null: nothing to keep). */
function decision(plan: ImportPlan): { text: string; confirm: string | null } {
  const quarter = quarterOf(plan.report);
  const against = plan.against?.report;
  switch (plan.kind) {
    case 'new':
      return {
        text: `Отчёта за ${quarter} ещё нет. Он будет сохранён в этом браузере и появится в списке отчётов с пометкой «загружен локально».`,
        confirm: 'Сохранить в браузере',
      };
    case 'beside-published':
      return {
        text: `Отчёт за ${quarter} уже опубликован (${sourceOf(against!)}), а этот файл — другой. Опубликованный отчёт не изменится: загруженный будет сохранён рядом с ним как локальная версия. Различия — ниже.`,
        confirm: 'Сохранить локальную версию',
      };
    case 'same-as-published':
      return {
        text: `Это тот же файл, из которого собран опубликованный отчёт за ${quarter} (SHA-256 совпадает), и читается он так же: сохранять нечего.`,
        confirm: null,
      };
    case 'same-as-local':
      return {
        text: `Этот файл уже загружен в этом браузере (отчёт за ${quarter}, SHA-256 совпадает) и читается так же: сохранять нечего.`,
        confirm: null,
      };
    case 'reparsed-local':
      return {
        text: `Этот файл уже загружен в этом браузере, но текущая версия обработки читает его иначе. Обновить сохранённый отчёт за ${quarter}? Дата обработки останется прежней. Различия — ниже.`,
        confirm: 'Обновить сохранённый отчёт',
      };
    case 'replace-local':
      return {
        text: `В этом браузере уже сохранён отчёт за ${quarter} из другого файла (${sourceOf(against!)}). Заменить его этим файлом? Прежняя версия будет удалена. Различия — ниже.`,
        confirm: 'Заменить сохранённый отчёт',
      };
  }
}

function EventLine({ event }: { event: ReportEvent }) {
  return (
    <>
      № {event.label ?? event.number}. {shorten(event.title.replace(/\s+/g, ' '), 140)}
    </>
  );
}

function DiffSection({ diff, against }: { diff: ReportDiff; against: NonNullable<ImportPlan['against']> }) {
  const titleId = useId();
  const what = against.origin === 'published' ? 'опубликованным отчётом' : 'сохранённым в браузере отчётом';
  return (
    <section className="import-diff" aria-labelledby={titleId}>
      <h4 id={titleId}>Что изменится по сравнению с {what}</h4>
      {isEmptyDiff(diff) ? (
        <p>Мероприятия и тексты совпадают; отличается только файл-источник.</p>
      ) : (
        <p>
          Добавлено: {formatNumber(diff.added.length)}, удалено: {formatNumber(diff.removed.length)}, изменено:{' '}
          {formatNumber(diff.changed.length)}, без изменений: {formatNumber(diff.unchanged)}.
          {diff.title ? ' Изменился заголовок отчёта.' : ''}
          {diff.notes ? ' Изменились примечания после таблицы.' : ''}
        </p>
      )}
      {diff.added.length > 0 && (
        <>
          <h5>Добавленные мероприятия</h5>
          <ul>
            {diff.added.map((e) => (
              <li key={e.id}>
                <EventLine event={e} />
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h5>Удалённые мероприятия</h5>
          <ul>
            {diff.removed.map((e) => (
              <li key={e.id}>
                <EventLine event={e} />
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h5>Изменённые мероприятия</h5>
          <ul className="import-diff__changes">
            {diff.changed.map((c) => (
              <li key={c.after.id}>
                <EventLine event={c.after} />
                <dl>
                  {c.fields.map((field) => (
                    <div key={field}>
                      <dt>{diffFieldLabel(field)}</dt>
                      <dd>
                        <span className="import-diff__before">
                          было: {shorten(fieldText(c.before, field).replace(/\s+/g, ' '), 120) || '—'}
                        </span>
                        <span className="import-diff__after">
                          стало: {shorten(fieldText(c.after, field).replace(/\s+/g, ' '), 120) || '—'}
                        </span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ImportPreview({ file, parsed, plan, saving, saveError, openLink, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const { report } = plan;
  const sectors = eventsBySector(prepareReport(report).all);
  const rowWarnings = report.warnings.filter((w) => w.eventNumber !== null);
  const reportWarnings = report.warnings.filter((w) => w.eventNumber === null);
  const { text, confirm } = decision(plan);
  const existingKey =
    plan.kind === 'same-as-published' ? report.id : plan.kind === 'same-as-local' ? localKey(report.id) : null;

  return (
    <section className="import-preview" aria-labelledby={titleId} data-parse-ms={Math.round(parsed.ms)}>
      <h3 id={titleId}>Предпросмотр: отчёт за {quarterOf(report)}</h3>
      <dl className="import-preview__facts">
        <dt>Документ</dt>
        <dd>{report.title}</dd>
        <dt>Файл</dt>
        <dd>
          «{file}» ({parsed.format === 'docx' ? 'документ Word' : `текст, кодировка ${parsed.encoding ?? '—'}`})
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="import-preview__hash">{report.source.sha256}</code>
        </dd>
        <dt>Мероприятий</dt>
        <dd>{formatNumber(report.events.length)}</dd>
        <dt>Замечаний</dt>
        <dd>{formatNumber(report.warnings.length)}</dd>
      </dl>

      <p className="import-preview__decision">{text}</p>
      {saveError && (
        <p className="import-error" role="alert">
          Не удалось сохранить: {saveError}
        </p>
      )}
      <div className="import-preview__actions">
        {confirm && (
          <button type="button" className="button" onClick={onConfirm} disabled={saving}>
            {saving ? 'Сохранение…' : confirm}
          </button>
        )}
        {existingKey && (
          <Link className="button" to={openLink(existingKey)}>
            Открыть отчёт за {quarterOf(report)}
          </Link>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {confirm ? 'Отменить' : 'Закрыть'}
        </button>
      </div>

      {plan.diff && plan.against && <DiffSection diff={plan.diff} against={plan.against} />}

      <section className="import-preview__sectors">
        <h4>Мероприятия по направлениям</h4>
        <table>
          <caption className="visually-hidden">Число мероприятий в каждом направлении отчёта</caption>
          <thead>
            <tr>
              <th scope="col">Направление</th>
              <th scope="col" className="numeric">
                Мероприятий
              </th>
            </tr>
          </thead>
          <tbody>
            {sectors.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td className="numeric">{formatNumber(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="import-preview__warnings">
        <h4>Замечания обработки ({countOf(report.warnings.length, FORMS.warning)})</h4>
        {report.warnings.length === 0 ? (
          <p>Файл прочитан без замечаний.</p>
        ) : (
          <ul>
            {reportWarnings.map((w, i) => (
              <li key={`r${i}`}>
                <strong>Отчёт в целом</strong> ({WARNING_FIELD_LABELS[w.field]}): {w.message}
              </li>
            ))}
            {rowWarnings.map((w, i) => (
              <li key={`e${i}`}>
                <strong>Строка {w.eventNumber}</strong> ({WARNING_FIELD_LABELS[w.field]}): {w.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
