// Input → paint latency, measured inside the page. An init script timestamps the first user event
// after `arm()` (event.timeStamp: when the browser received the input) and watches DOM mutations;
// once the DOM has been quiet for QUIET_MS, the latency is the time to the frame painted after the
// last mutation. This counts debounces, transitions and deferred renders — whatever the user waits for.
// Beside it, the first response: the frame painted after the first DOM change (the pressed checkbox,
// the count), which is what a deferred render lets through before the rest.
import type { Page } from 'playwright-core';

export const QUIET_MS = 250;
/** An interaction that changes nothing in the DOM within this time is reported as "no update". */
const NO_UPDATE_MS = 3000;

interface BenchState {
  armed: boolean;
  armedAt: number;
  t0: number | null;
  last: number;
  paint: number | null;
  /** Frame painted after the first DOM change. */
  firstPaint: number | null;
  mutations: number;
  /** Last history.pushState/replaceState while armed: where a debounced filter is applied. */
  urlAt: number | null;
}

export function instrumentPage() {
  const state: BenchState = {
    armed: false,
    armedAt: 0,
    t0: null,
    last: 0,
    paint: null,
    firstPaint: null,
    mutations: 0,
    urlAt: null,
  };
  (window as unknown as { __bench: BenchState }).__bench = state;
  const start = (event: Event) => {
    if (state.armed && state.t0 === null) state.t0 = event.timeStamp;
  };
  for (const type of ['keydown', 'pointerdown', 'mousedown', 'click', 'input', 'change', 'popstate'])
    window.addEventListener(type, start, true);
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      if (state.armed) state.urlAt = performance.now();
      original(...args);
    };
  }
  const markPaint = (first: boolean) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.paint = performance.now();
        if (first && state.firstPaint === null) state.firstPaint = state.paint;
      };
      channel.port2.postMessage(null);
    });
  new MutationObserver((records) => {
    if (!state.armed || state.t0 === null) return;
    const first = state.mutations === 0;
    state.mutations += records.length;
    state.last = performance.now();
    markPaint(first);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

export interface Sample {
  /** Input event → frame painted after the last DOM change. */
  ms: number | null;
  /** Input event → frame painted after the first DOM change. */
  firstMs: number | null;
  /** URL (filter state) written → that frame: the update work without any debounce before it. */
  sinceUrlMs: number | null;
  mutations: number;
}

/** Runs `action` (a real user input through playwright) and returns its input → paint latency. */
export async function measure(page: Page, action: () => Promise<void>): Promise<Sample> {
  await page.evaluate(() => {
    const s = (window as unknown as { __bench: BenchState }).__bench;
    Object.assign(s, {
      armed: true,
      armedAt: performance.now(),
      t0: null,
      paint: null,
      firstPaint: null,
      mutations: 0,
      urlAt: null,
      last: performance.now(),
    });
  });
  await action();
  await page.waitForFunction(
    ({ quiet, noUpdate }) => {
      const s = (window as unknown as { __bench: BenchState }).__bench;
      const now = performance.now();
      if (s.mutations === 0) return now - s.armedAt > noUpdate;
      return now - s.last > quiet && s.paint !== null && s.paint >= s.last;
    },
    { quiet: QUIET_MS, noUpdate: NO_UPDATE_MS },
    { polling: 50, timeout: 30_000 },
  );
  return page.evaluate(() => {
    const s = (window as unknown as { __bench: BenchState }).__bench;
    s.armed = false;
    const ms = s.mutations > 0 && s.t0 !== null && s.paint !== null ? s.paint - s.t0 : null;
    const firstMs = ms !== null && s.firstPaint !== null ? s.firstPaint - s.t0! : null;
    const sinceUrlMs = ms !== null && s.urlAt !== null && s.urlAt <= s.paint! ? s.paint! - s.urlAt : null;
    return { ms, firstMs, sinceUrlMs, mutations: s.mutations };
  });
}

/** JS heap in use after a forced GC, via the DevTools protocol. */
export async function heapUsedMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}
