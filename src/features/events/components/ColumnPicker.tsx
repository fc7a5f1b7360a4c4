// Show/hide table columns; the choice is part of the URL (`hide=sector`).
import { memo } from 'react';
import type { SortKey } from '../../../domain/sort';
import { HIDEABLE_COLUMNS } from '../events-url';
import { COLUMN_LABELS } from './columns';

function ColumnPickerView({ hidden, onChange }: { hidden: readonly SortKey[]; onChange: (next: SortKey[]) => void }) {
  return (
    <details className="column-picker">
      <summary>Столбцы{hidden.length > 0 ? ` (скрыто: ${hidden.length})` : ''}</summary>
      <fieldset>
        <legend className="visually-hidden">Показывать столбцы</legend>
        {HIDEABLE_COLUMNS.map((column) => (
          <label key={column}>
            <input
              type="checkbox"
              checked={!hidden.includes(column)}
              onChange={(e) => onChange(e.target.checked ? hidden.filter((c) => c !== column) : [...hidden, column])}
            />{' '}
            {COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Memoised: it re-renders when its own props change, not when the URL merely catches up. */
export const ColumnPicker = memo(ColumnPickerView);
