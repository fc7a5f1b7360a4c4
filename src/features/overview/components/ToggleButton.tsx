// Keyboard alternative to clicking a bar: a pressed/unpressed button in the chart's table.
import type { ReactNode } from 'react';
import type { ChartTableRow } from '../../../shared/components/chart/ChartCard';
import type { SelectableChartProps } from '../chart-context';

export function ToggleButton({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`table-toggle${pressed ? ' table-toggle--pressed' : ''}`}
      aria-pressed={pressed}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A table row of a selectable chart: its header toggles the row's value, like a click on its bar. */
export function toggleRow(
  { selected, onToggle }: Pick<SelectableChartProps, 'selected' | 'onToggle'>,
  key: string,
  label: ReactNode,
  cells: ReactNode[],
): ChartTableRow {
  return {
    key,
    header: (
      <ToggleButton pressed={selected.includes(key)} onClick={() => onToggle(key)}>
        {label}
      </ToggleButton>
    ),
    cells,
  };
}
