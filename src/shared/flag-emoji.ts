// Whether the system draws flag emoji as flags. Windows and many Linux set-ups show two letters or
// empty boxes instead, so labels there go without the flag rather than with a broken glyph.
// Finding out means drawing one flag on a canvas and reading its pixels back: with no emoji font the
// browser first searches every font for the glyph (~40 ms on a slow phone). So it is never done while
// rendering: once the page is idle, and remembered in this browser, so later pages know at once.
// Prerendered HTML and the hydrating render have no flags (the build cannot tell); they appear after.
import { useSyncExternalStore } from 'react';
import { whenIdle } from '../lib/when-idle';
import { newCanvas2d } from './canvas';
import { useHydrating } from './hydration';

const STORAGE_KEY = 'flag-emoji';

function stored(): boolean | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === '1' ? true : value === '0' ? false : undefined;
  } catch {
    return undefined; // storage refused (privacy settings): find out again
  }
}

function detect(): boolean {
  const ctx = newCanvas2d({ willReadFrequently: true });
  if (!ctx) return false;
  ctx.canvas.width = 24;
  ctx.canvas.height = 24;
  ctx.font = '20px sans-serif';
  ctx.textBaseline = 'top';
  ctx.fillText('\u{1F1E7}\u{1F1FE}', 0, 0);
  const data = ctx.getImageData(0, 0, 24, 24).data;
  // A real flag has coloured pixels; letters and boxes are drawn in the (grey) fill colour.
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (data[i + 3]! > 0 && (Math.abs(r - g) > 30 || Math.abs(g - b) > 30)) return true;
  }
  return false;
}

let supported = stored();
const listeners = new Set<() => void>();
let detecting = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (supported === undefined && !detecting) {
    detecting = true;
    whenIdle(
      () => {
        supported = detect();
        try {
          globalThis.localStorage?.setItem(STORAGE_KEY, supported ? '1' : '0');
        } catch {
          // not remembered: the next page finds out again
        }
        listeners.forEach((l) => l());
      },
      { timeoutMs: 3000, fallbackMs: 500 },
    );
  }
  return () => {
    listeners.delete(listener);
  };
}

/** Whether labels may carry flag emoji in this render. */
export function useFlagEmoji(): boolean {
  const hydrating = useHydrating();
  const known = useSyncExternalStore(
    subscribe,
    () => supported ?? false,
    () => false,
  );
  return !hydrating && known;
}
