// «Сравнить с»: the comparison choice (`?compare=`) and its honest state — one quarter only, no report
// for the compared quarter, loading, or why some figures are not compared.
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ComparisonState } from '../../api/compared-report';
import { COMPARE_PARAM, paths } from '../../config/paths';
import { DEFAULT_COMPARE_MODE, incomparabilityText, type CompareMode } from '../../domain/comparison';
import { formatQuarter } from '../../lib/calendar';
import { shorten } from '../../lib/lexicon';
import './comparison.css';

const MODE_LABELS: Record<CompareMode, string> = {
  previous: 'с предыдущим кварталом',
  year: 'с тем же кварталом годом ранее',
  none: 'не сравнивать',
};

export function ComparisonControl({
  mode,
  invalidMode,
  state,
  note,
}: {
  mode: CompareMode;
  invalidMode: string | null;
  state: ComparisonState;
  /** A screen's own remark (e.g. a month filter has no counterpart in another quarter). */
  note?: string | null;
}) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  if (state.status === 'single') {
    return (
      <p className="comparison comparison--empty" role="note">
        Сравнение появится, когда будет загружен второй отчёт.{' '}
        <Link to={paths.reports()} className="no-print">
          Загрузить отчёт
        </Link>
      </p>
    );
  }
  const select = (next: CompareMode) => {
    const updated = new URLSearchParams(params);
    if (next === DEFAULT_COMPARE_MODE) updated.delete(COMPARE_PARAM);
    else updated.set(COMPARE_PARAM, next);
    setParams(updated, { preventScrollReset: true });
  };
  return (
    <div className="comparison" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-select`} className="comparison__label">
        Сравнить
      </label>
      <select id={`${id}-select`} value={mode} onChange={(e) => select(e.target.value as CompareMode)}>
        {(Object.keys(MODE_LABELS) as CompareMode[]).map((m) => (
          <option key={m} value={m}>
            {MODE_LABELS[m]}
          </option>
        ))}
      </select>
      <div className="comparison__state" role="status">
        {invalidMode !== null && (
          <p>Параметр «compare={shorten(invalidMode)}» не распознан: сравнение с предыдущим кварталом.</p>
        )}
        {state.status === 'missing' && (
          <p>
            Отчёта за {formatQuarter(state.quarter.year, state.quarter.quarter)} нет ни среди опубликованных, ни среди
            загруженных в этом браузере: сравнивать не с чем.
          </p>
        )}
        {state.status === 'loading' && (
          <p>Загрузка отчёта за {formatQuarter(state.quarter.year, state.quarter.quarter)}…</p>
        )}
        {state.status === 'error' && (
          <p>
            Отчёт за {formatQuarter(state.quarter.year, state.quarter.quarter)} для сравнения не загрузился:{' '}
            {state.message}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <p>
              Изменения указаны по сравнению с отчётом за {formatQuarter(state.quarter.year, state.quarter.quarter)}
              {state.entry.origin === 'local' ? ' (загружен локально)' : ''}.
            </p>
            {state.reasons.map((reason) => (
              <p key={reason.kind}>{incomparabilityText(reason, state.quarter)}</p>
            ))}
          </>
        )}
        {note && <p>{note}</p>}
      </div>
    </div>
  );
}
