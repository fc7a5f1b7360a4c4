// A code chunk that a chart needs but the first screen does not (the world map). Unlike
// React.lazy, a loaded module renders synchronously, with no Suspense round trip: printing asks every
// chart to draw within one task (print-media.ts), which a lazy component cannot do even when its code
// is already there.
import { useSyncExternalStore } from 'react';

interface ModuleState<T> {
  value?: T;
  error?: unknown;
}

export interface DeferredModule<T> {
  /** Starts loading (once); resolves with the module. */
  load: () => Promise<T>;
  snapshot: () => ModuleState<T>;
  subscribe: (listener: () => void) => () => void;
}

const NOT_LOADED: ModuleState<never> = {};

export function deferredModule<T>(importer: () => Promise<T>): DeferredModule<T> {
  let state: ModuleState<T> = NOT_LOADED;
  let promise: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: ModuleState<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    load() {
      promise ??= importer().then(
        (value) => {
          settle({ value });
          return value;
        },
        (error: unknown) => {
          settle({ error });
          throw error;
        },
      );
      return promise;
    },
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The module once loaded (undefined before). Its code is requested when the chart first renders (not
 * after the first paint, which a busy machine can delay by seconds): it then arrives while the reader
 * looks at the first charts, and is there when the chart is scrolled near or printed. Only the request
 * starts here; the module runs when it arrives. A failed load is thrown, so the chart's error boundary
 * says so.
 */
export function useDeferredModule<T>(module: DeferredModule<T>): T | undefined {
  // Idempotent (load() starts once), so calling it while rendering is safe.
  if (typeof window !== 'undefined') module.load().catch(() => {});
  const state = useSyncExternalStore(module.subscribe, module.snapshot, () => NOT_LOADED);
  if (state.error !== undefined) throw state.error;
  return state.value;
}
