// One tab stop per chart: only the active item (a bar, a country, an event strip) is in the Tab order;
// the arrow keys move between the items, Home and End jump to the ends, Enter and Space activate. A
// page with a dozen charts then costs a keyboard user a dozen stops, not one per bar and week.
import { useRef, useState, type KeyboardEvent } from 'react';

export interface RovingItemProps {
  tabIndex: number;
  ref: (element: Element | null) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/** Items are numbered 0…count−1 in the order the arrow keys walk them. */
export function useRovingFocus(count: number, initial = 0) {
  const [active, setActive] = useState(initial);
  const elements = useRef<(Element | null)[]>([]);
  const current = Math.max(0, Math.min(active, count - 1));

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(index, count - 1));
    setActive(target);
    const element = elements.current[target];
    if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
  };

  const itemProps = (index: number, activate?: () => void): RovingItemProps => ({
    tabIndex: index === current ? 0 : -1,
    ref: (element) => {
      elements.current[index] = element;
    },
    onFocus: () => setActive(index),
    onKeyDown: (event) => {
      let handled = true;
      if (NEXT.has(event.key)) moveTo(index + 1);
      else if (PREVIOUS.has(event.key)) moveTo(index - 1);
      else if (event.key === 'Home') moveTo(0);
      else if (event.key === 'End') moveTo(count - 1);
      else if ((event.key === 'Enter' || event.key === ' ') && activate) activate();
      else handled = false;
      if (handled) event.preventDefault();
    },
  });

  return { active: current, setActive, itemProps };
}
