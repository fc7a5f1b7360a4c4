// The active filter as removable chips (src/domain/dimensions.ts says each one's label), plus notices
// for URL parameters that were ignored.
import type { LabelContext } from '../../domain/dimensions';
import { EMPTY_FILTERS, filterChips, isFiltered, type EventFilters, type ParseNotice } from '../../domain/filters';

export function FilterChips({
  filters,
  labels,
  onChange,
}: {
  filters: EventFilters;
  /** The report's sector names (a PreparedReport). */
  labels: LabelContext;
  onChange: (next: EventFilters) => void;
}) {
  if (!isFiltered(filters)) return null;
  const chips = filterChips(filters, labels);
  return (
    <div className="filter-chips" role="group" aria-label="Активные фильтры">
      <span className="filter-chips__label">Фильтр:</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              onClick={() => onChange(chip.remove(filters))}
              aria-label={`Убрать фильтр: ${chip.label}`}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--link" onClick={() => onChange(EMPTY_FILTERS)}>
        Сбросить
      </button>
    </div>
  );
}

function NoticeList({ title, notices }: { title: string; notices: readonly ParseNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <>
      <p>{title}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={`${n.param}-${i}`}>
            <code>
              {n.param}={n.value}
            </code>{' '}
            — {n.message}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ParamNotices({ notices }: { notices: readonly ParseNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="banner banner--warning param-notices" role="status">
      <NoticeList
        title="Часть параметров ссылки не распознана и не применена:"
        notices={notices.filter((n) => !n.applied)}
      />
      <NoticeList title="Часть параметров ссылки исправлена и применена:" notices={notices.filter((n) => n.applied)} />
    </div>
  );
}
