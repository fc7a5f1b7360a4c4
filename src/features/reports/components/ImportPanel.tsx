// «Загрузить отчёт»: drop or pick a .docx/.txt; the ingest core parses it in a worker (the page stays
// responsive, a progress line shows what it is doing, and it can be cancelled); then a preview with
// what keeping it would do (import-plan.ts). Nothing is kept before the user confirms, and nothing
// leaves this computer.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router-dom';
import type { CatalogEntry } from '../../../api/catalog';
import { ImportError, parseFileInWorker, type FileParser, type ParsedUpload } from '../../../api/import/parse-file';
import { localKey } from '../../../api/local-key';
import { useKeepReport } from '../../../api/local-mutations';
import type { Persistence } from '../../../api/local-reports';
import { localReportQuery, reportQuery } from '../../../api/reports';
import { href, paths, REPORT_PARAM } from '../../../config/paths';
import { planImport, type ImportPlan } from '../../../domain/import-plan';
import type { ParseStage } from '../../../ingest/core';
import { formatQuarter } from '../../../lib/calendar';
import { ImportPreview } from './ImportPreview';

type State =
  | { step: 'idle' }
  | { step: 'parsing'; file: string; stage: ParseStage | null; slow: boolean; controller: AbortController }
  | { step: 'error'; file: string; message: string }
  | { step: 'preview'; file: string; parsed: ParsedUpload; plan: ImportPlan }
  | { step: 'saved'; key: string; quarter: string; persistence: Persistence };

const STAGE_TEXT: Record<ParseStage, string> = {
  reading: 'Чтение файла…',
  parsing: 'Разбор таблицы мероприятий…',
  checking: 'Проверка данных…',
};

/** A parse that takes longer than this shows its progress line prominently. */
const SLOW_AFTER_MS = 400;

function errorMessage(error: unknown): string {
  if (error instanceof ImportError || (error instanceof Error && error.name === 'LocalStoreError'))
    return error.message;
  if (error instanceof Error && error.name === 'ApiError') return error.message;
  return `непредвиденная ошибка (${String(error)})`;
}

/** «файл не принят: это PDF…» reads as one sentence ending with a full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function ImportPanel({
  entries,
  parseFile = parseFileInWorker,
}: {
  /** Every report the dashboard has (published and local), to find the quarter's existing version. */
  entries: readonly CatalogEntry[];
  /** The parser (a worker in the app; tests pass the core itself). */
  parseFile?: FileParser;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const keep = useKeepReport();

  // Cancel a parse still running when the page goes.
  const running = state.step === 'parsing' ? state.controller : null;
  useEffect(() => () => running?.abort(), [running]);

  // After each step, move focus to its result so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (state.step === 'error' || state.step === 'preview' || state.step === 'saved') statusRef.current?.focus();
  }, [state.step]);

  async function load(file: File) {
    if (state.step === 'parsing') state.controller.abort();
    const controller = new AbortController();
    setState({ step: 'parsing', file: file.name, stage: null, slow: false, controller });
    const slowTimer = setTimeout(
      () => setState((s) => (s.step === 'parsing' && s.controller === controller ? { ...s, slow: true } : s)),
      SLOW_AFTER_MS,
    );
    try {
      const parsed = await parseFile(file, {
        signal: controller.signal,
        onStage: (stage) =>
          setState((s) => (s.step === 'parsing' && s.controller === controller ? { ...s, stage } : s)),
      });
      const { id } = parsed.report;
      const existing = entries.filter((e) => e.id === id);
      const published = existing.some((e) => e.origin === 'published')
        ? await queryClient.fetchQuery(reportQuery(id))
        : null;
      const local = existing.some((e) => e.origin === 'local')
        ? (await queryClient.fetchQuery(localReportQuery(id))).report
        : null;
      if (controller.signal.aborted) return;
      setState({ step: 'preview', file: file.name, parsed, plan: planImport(parsed.report, { published, local }) });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ step: 'error', file: file.name, message: sentence(errorMessage(error)) });
    } finally {
      clearTimeout(slowTimer);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void load(file);
  }

  async function confirm(plan: ImportPlan) {
    try {
      const { summary, persistence } = await keep.mutateAsync(plan.report);
      setState({
        step: 'saved',
        key: localKey(summary.id),
        quarter: formatQuarter(summary.period.year, summary.period.quarter),
        persistence,
      });
    } catch {
      // keep.error is shown in the preview
    }
  }

  return (
    <section className="card import-panel" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Загрузить отчёт</h3>
      <div
        className={`import-drop${dragging ? ' import-drop--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>Файл отчёта о мероприятиях в международной сфере (.docx или .txt)</label>
        <input
          id={inputId}
          type="file"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file can be picked again
            if (file) void load(file);
          }}
        />
        <p className="import-drop__hint">
          Или перетащите файл сюда. Файл разбирается здесь, в браузере: он никуда не отправляется, а отчёт сохраняется
          только на этом компьютере.
        </p>
      </div>

      {state.step === 'parsing' && (
        <div className={`import-progress${state.slow ? ' import-progress--slow' : ''}`} role="status">
          <p>
            «{state.file}»: {state.stage ? STAGE_TEXT[state.stage] : 'Подготовка…'}
          </p>
          {state.slow && <progress aria-label="Разбор файла" />}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              state.controller.abort();
              setState({ step: 'idle' });
            }}
          >
            Отменить
          </button>
        </div>
      )}

      <div ref={statusRef} tabIndex={-1} className="import-result">
        {state.step === 'error' && (
          <div className="import-error" role="alert">
            <p className="import-error__title">Файл «{state.file}» не загружен</p>
            <p>{capitalize(state.message)}</p>
            <p>Сохранённые отчёты не изменились.</p>
          </div>
        )}
        {state.step === 'preview' && (
          <ImportPreview
            file={state.file}
            parsed={state.parsed}
            plan={state.plan}
            saving={keep.isPending}
            saveError={keep.error ? errorMessage(keep.error) : null}
            openLink={(key) => href(paths.overview(), new URLSearchParams({ [REPORT_PARAM]: key }))}
            onConfirm={() => void confirm(state.plan)}
            onCancel={() => {
              keep.reset();
              setState({ step: 'idle' });
            }}
          />
        )}
        {state.step === 'saved' && (
          <div className="import-saved" role="status">
            <p className="import-saved__title">Отчёт за {state.quarter} сохранён в этом браузере.</p>
            <p>
              <Link className="button" to={href(paths.overview(), new URLSearchParams({ [REPORT_PARAM]: state.key }))}>
                Открыть обзор за {state.quarter}
              </Link>
            </p>
            <p>
              {state.persistence === 'persisted'
                ? 'Браузер обещал хранить его, пока вы сами не удалите.'
                : 'Браузер может удалить сохранённые данные при нехватке места или при очистке истории: скачайте JSON отчёта, чтобы его не потерять.'}{' '}
              Ссылки на этот отчёт открываются только в этом браузере.
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
