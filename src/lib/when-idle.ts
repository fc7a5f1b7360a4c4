/**
 * Runs `work` once the browser is idle, at the latest after `timeoutMs`; where it cannot tell idle
 * (no requestIdleCallback), after `fallbackMs`. Returns the cancel.
 */
export function whenIdle(work: () => void, { timeoutMs, fallbackMs }: { timeoutMs: number; fallbackMs: number }) {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, fallbackMs);
  return () => clearTimeout(timer);
}
