// Whether this browser may hold local reports: a one-word hint in localStorage, set when a report is
// kept and cleared when the store is found empty. Without it the dashboard never opens IndexedDB (nor
// loads its code), so a visitor who never loaded a report pays nothing for the feature. The store
// itself stays the truth: the reports page always reads it and repairs the hint.
import { useSyncExternalStore } from 'react';

const HINT_KEY = 'smolensk-events:local-reports';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(HINT_KEY) === '1';
  } catch {
    return false; // storage blocked: the reports page still reads the store
  }
}

export function setLocalReportsHint(present: boolean): void {
  try {
    if (present) globalThis.localStorage?.setItem(HINT_KEY, '1');
    else globalThis.localStorage?.removeItem(HINT_KEY);
  } catch {
    // storage blocked: nothing to remember
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === HINT_KEY || event.key === null) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** The hint; false in a server render and during hydration, so the first render never depends on it. */
export function useLocalReportsHint(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
