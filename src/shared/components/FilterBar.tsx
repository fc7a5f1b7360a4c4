// The active filter as removable chips, plus notices for URL parameters that were ignored.
import { EMPTY_FILTERS, isFiltered, type EventFilters, type ParseNotice } from '../../domain/filters';
import { countryNames, countryFlag } from '../../domain/countries';
import type { Report } from '../../domain/report-schema';
import { formatDate, formatMonth } from '../../lib/format';

interface Chip {
  key: string;
  label: string;
  remove: (f: EventFilters) => EventFilters;
}

export function filterChips(filters: EventFilters, report: Report): Chip[] {
  const sectorName = (id: string) => report.events.find((e) => e.sector.id === id)?.sector.name ?? id;
  const chips: Chip[] = [];
  for (const c of filters.countries)
    chips.push({
      key: `country-${c}`,
      label: `${countryFlag(c)} ${countryNames(c).short}`,
      remove: (f) => ({ ...f, countries: f.countries.filter((x) => x !== c) }),
    });
  for (const s of filters.sectors)
    chips.push({
      key: `sector-${s}`,
      label: sectorName(s),
      remove: (f) => ({ ...f, sectors: f.sectors.filter((x) => x !== s) }),
    });
  for (const m of filters.months)
    chips.push({
      key: `month-${m}`,
      label: formatMonth(m),
      remove: (f) => ({ ...f, months: f.months.filter((x) => x !== m) }),
    });
  if (filters.format)
    chips.push({
      key: 'format',
      label: filters.format === 'online' ? 'Дистанционно' : 'Очно',
      remove: (f) => ({ ...f, format: null }),
    });
  if (filters.hasParticipants !== null)
    chips.push({
      key: 'participants',
      label: filters.hasParticipants ? 'Число участников указано' : 'Число участников не указано',
      remove: (f) => ({ ...f, hasParticipants: null }),
    });
  if (filters.from || filters.to)
    chips.push({
      key: 'dates',
      label: `${filters.from ? `с ${formatDate(filters.from)}` : ''}${filters.from && filters.to ? ' ' : ''}${filters.to ? `по ${formatDate(filters.to)}` : ''}`,
      remove: (f) => ({ ...f, from: null, to: null }),
    });
  if (filters.q.trim()) chips.push({ key: 'q', label: `«${filters.q.trim()}»`, remove: (f) => ({ ...f, q: '' }) });
  return chips;
}

export function FilterChips({
  filters,
  report,
  onChange,
}: {
  filters: EventFilters;
  report: Report;
  onChange: (next: EventFilters) => void;
}) {
  if (!isFiltered(filters)) return null;
  const chips = filterChips(filters, report);
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

export function ParamNotices({ notices }: { notices: readonly ParseNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="banner banner--warning param-notices" role="status">
      <p>Часть параметров ссылки не распознана и не применена:</p>
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
    </div>
  );
}
