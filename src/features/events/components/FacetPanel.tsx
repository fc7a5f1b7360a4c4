// Facet filters with live counts (each count = events matching all the other active filters with
// that value). On a phone the panel collapses behind a button above the table.
import { useId, useState, type ReactNode, memo } from 'react';
import type { Facets } from '../../../domain/facets';
import type { EventFilters } from '../../../domain/filters';
import { formatMonth, formatNumber } from '../../../lib/format';
import { countryLabel, shortSectorName } from '../event-format';

type Update = (next: (current: EventFilters) => EventFilters) => void;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

function Count({ n }: { n: number }) {
  return <span className="facet__count">{formatNumber(n)}</span>;
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Option({
  type,
  name,
  checked,
  onChange,
  count,
  children,
}: {
  type: 'checkbox' | 'radio';
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  count?: number;
  children: ReactNode;
}) {
  return (
    <label className={`facet__option${count === 0 && !checked ? ' facet__option--empty' : ''}`}>
      <input type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="facet__label">{children}</span>
      {count !== undefined && <Count n={count} />}
    </label>
  );
}

function FacetPanelView({
  facets,
  filters,
  onChange,
  activeCount,
  onReset,
}: {
  facets: Facets;
  filters: EventFilters;
  onChange: Update;
  activeCount: number;
  onReset: () => void;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const total = (options: readonly { count: number }[]) => options.reduce((s, o) => s + o.count, 0);

  return (
    <aside className="facets" aria-label="Фильтры">
      <button
        type="button"
        className="facets__toggle button button--secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Фильтры{activeCount > 0 ? ` (${activeCount})` : ''}
      </button>
      <div id={panelId} className={`facets__panel${open ? ' facets__panel--open' : ''}`}>
        <Group legend="Страна">
          {facets.countries.length === 0 && <p className="muted">В отчёте нет зарубежных стран.</p>}
          {facets.countries.map((o) => {
            const { flag, name } = countryLabel(o.value);
            return (
              <Option
                key={o.value}
                type="checkbox"
                name="country"
                checked={filters.countries.includes(o.value)}
                onChange={(on) => onChange((f) => ({ ...f, countries: toggle(f.countries, o.value, on) }))}
                count={o.count}
              >
                <span aria-hidden="true">{flag}</span> {name}
              </Option>
            );
          })}
        </Group>

        <Group legend="Сфера">
          {facets.sectors.map((o) => (
            <Option
              key={o.value}
              type="checkbox"
              name="sector"
              checked={filters.sectors.includes(o.value)}
              onChange={(on) => onChange((f) => ({ ...f, sectors: toggle(f.sectors, o.value, on) }))}
              count={o.count}
            >
              {shortSectorName(o.name)}
            </Option>
          ))}
        </Group>

        <Group legend="Месяц">
          {facets.months.map((o) => (
            <Option
              key={o.value}
              type="checkbox"
              name="month"
              checked={filters.months.includes(o.value)}
              onChange={(on) => onChange((f) => ({ ...f, months: toggle(f.months, o.value, on) }))}
              count={o.count}
            >
              {formatMonth(o.value)}
            </Option>
          ))}
        </Group>

        <Group legend="Формат">
          <Option
            type="radio"
            name="format"
            checked={filters.format === null}
            onChange={() => onChange((f) => ({ ...f, format: null }))}
            count={total(facets.format)}
          >
            Любой
          </Option>
          {facets.format.map((o) => (
            <Option
              key={o.value}
              type="radio"
              name="format"
              checked={filters.format === o.value}
              onChange={() => onChange((f) => ({ ...f, format: o.value }))}
              count={o.count}
            >
              {o.value === 'online' ? 'Дистанционно' : 'Очно'}
            </Option>
          ))}
        </Group>

        <Group legend="Число участников">
          <Option
            type="radio"
            name="participants"
            checked={filters.hasParticipants === null}
            onChange={() => onChange((f) => ({ ...f, hasParticipants: null }))}
            count={total(facets.hasParticipants)}
          >
            Все
          </Option>
          {facets.hasParticipants.map((o) => (
            <Option
              key={o.value}
              type="radio"
              name="participants"
              checked={filters.hasParticipants === (o.value === 'yes')}
              onChange={() => onChange((f) => ({ ...f, hasParticipants: o.value === 'yes' }))}
              count={o.count}
            >
              {o.value === 'yes' ? 'Указано' : 'Не указано'}
            </Option>
          ))}
        </Group>

        <Group legend="Период">
          <div className="facet__dates">
            <label>
              <span>С даты</span>
              <input
                type="date"
                value={filters.from ?? ''}
                onChange={(e) => onChange((f) => ({ ...f, from: e.target.value || null }))}
              />
            </label>
            <label>
              <span>По дату</span>
              <input
                type="date"
                value={filters.to ?? ''}
                onChange={(e) => onChange((f) => ({ ...f, to: e.target.value || null }))}
              />
            </label>
          </div>
        </Group>

        <button
          type="button"
          className="button button--secondary facets__reset"
          onClick={onReset}
          disabled={activeCount === 0}
        >
          Сбросить
        </button>
      </div>
    </aside>
  );
}

/** Memoised: it re-renders when its own props change, not when the URL merely catches up. */
export const FacetPanel = memo(FacetPanelView);
