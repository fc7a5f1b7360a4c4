// Printing lays the page out again for paper, long after the charts were drawn for the screen.
// Chromium fires `beforeprint` while the screen layout is still in place, counts the pages right
// after, and then switches the `print` media query: a chart redrawn in that media-query listener is
// printed, but the page count is already fixed, so a taller chart would be cut off at the last page.
// So everything happens in `beforeprint`, synchronously (flushSync): charts waiting to be scrolled
// near draw, tables render every row, and charts take the width the print stylesheet gives them
// (`--print-width`, read from CSS because the paper's layout cannot be measured yet; the SVG then
// scales to its column, so a different paper or margin shrinks it a little rather than cutting it).
// The media query alone (print emulation in tests and tools) switches print mode too.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

type Listener = () => void;

const listeners = new Set<Listener>();
let printing = false;
let installed = false;

function notify(next: boolean) {
  if (next === printing) return;
  printing = next;
  // Synchronous: the pages are counted right after this listener returns.
  flushSync(() => listeners.forEach((listener) => listener()));
}

function install() {
  if (installed || typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
  installed = true;
  const query = window.matchMedia('print');
  window.addEventListener('beforeprint', () => notify(true));
  window.addEventListener('afterprint', () => notify(query.matches));
  query.addEventListener('change', (event) => notify(event.matches));
}

/** Calls `listener` (inside flushSync) when printing starts and when it ends. */
export function subscribePrint(listener: Listener): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isPrinting(): boolean {
  return printing;
}

/** Whether the page is being printed; false on the server and in the first render. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrint, isPrinting, () => false);
}

/**
 * The width (CSS px) the print stylesheet gives the chart in `element`: the `--print-width` custom
 * property set on a chart card for its place on the paper; undefined when none is set.
 */
export function printWidth(element: Element): number | undefined {
  const value = Number.parseFloat(getComputedStyle(element).getPropertyValue('--print-width'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
