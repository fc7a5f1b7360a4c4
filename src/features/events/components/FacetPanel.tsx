// Facet filters with live counts (each count = events matching all the other active filters with
// that value), one group per facet of the dimension table (src/domain/dimensions.ts), plus the date
// range. On a phone the panel collapses behind a button above the table.
import { useId, useState, type ReactNode, memo } from 'react';
import { FACETS, type FacetOption, type FacetSpec } from '../../../domain/dimensions';
import type { Facets } from '../../../domain/filter-engine';
import type { EventFilters } from '../../../domain/filters';
import { formatNumber } from '../../../lib/format';
import { Flag } from '../../../shared/components/Flag';

type Update = (next: (current: EventFilters) => EventFilters) => void;

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

function OptionLabel({ option }: { option: FacetOption }) {
  return (
    <>
      {option.flag && <Flag code={option.value} />}
      {option.label}
    </>
  );
}

/** One facet's group: checkboxes, or radios with an «any» option first. */
function FacetGroup({
  facet,
  name,
  clear,
  options,
  filters,
  onChange,
}: {
  facet: FacetSpec;
  /** The input group's name (the URL parameter). */
  name: string;
  clear: Partial<EventFilters>;
  options: readonly FacetOption[];
  filters: EventFilters;
  onChange: Update;
}) {
  const any = facet.control === 'radio' && facet.anyLabel && (
    <Option
      type="radio"
      name={name}
      checked={!options.some((o) => facet.isSelected(filters, o.value))}
      onChange={() => onChange((f) => ({ ...f, ...clear }))}
      count={options.reduce((s, o) => s + o.count, 0)}
    >
      {facet.anyLabel}
    </Option>
  );
  return (
    <Group legend={facet.legend}>
      {options.length === 0 && facet.emptyText && <p className="muted">{facet.emptyText}</p>}
      {any}
      {options.map((o) => (
        <Option
          key={o.value}
          type={facet.control}
          name={name}
          checked={facet.isSelected(filters, o.value)}
          onChange={(on) => onChange((f) => facet.select(f, o.value, on))}
          count={o.count}
        >
          <OptionLabel option={o} />
        </Option>
      ))}
    </Group>
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
        {FACETS.map((d) => (
          <FacetGroup
            key={d.facet.key}
            facet={d.facet}
            name={d.params[0]!}
            clear={d.clear}
            options={facets[d.facet.key]}
            filters={filters}
            onChange={onChange}
          />
        ))}

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
