// Keyboard alternative to clicking a bar: a pressed/unpressed button in the chart's table.
import type { ReactNode } from 'react';

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
