// A code chunk that a chart needs but the first screen does not (the world map's outlines). Unlike
// React.lazy, a loaded module renders synchronously, with no Suspense round trip: printing asks every
// chart to draw within one task (print-media.ts), which a lazy component cannot do even when its code
// is already there.

interface ModuleState<T> {
  value?: T;
  error?: unknown;
}

export interface DeferredModule<T> {
  /** Starts loading (once); resolves with the module. */
  load: () => Promise<T>;
  /** What has arrived so far. */
  snapshot: () => ModuleState<T>;
}

export function deferredModule<T>(importer: () => Promise<T>): DeferredModule<T> {
  let state: ModuleState<T> = {};
  let promise: Promise<T> | undefined;
  return {
    load() {
      promise ??= importer().then(
        (value) => {
          state = { value };
          return value;
        },
        (error: unknown) => {
          state = { error };
          throw error;
        },
      );
      return promise;
    },
    snapshot: () => state,
  };
}
