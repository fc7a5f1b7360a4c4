// Renders below-the-fold content (the country map) only when the reader scrolls near it, prints, or
// the browser has been idle for a while after the first screen: its code and drawing then cost the
// first screen nothing, and it is still there for print, find-in-page and screen readers. The
// prerendered HTML holds the placeholder, so hydration has nothing to draw; the content then draws in
// a transition, which yields to input instead of being one long task.
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrating } from '../../hydration';
import type { DeferredModule } from './deferred-module';
import { usePrinting } from './print-media';
import { whenIdle } from '../../../lib/when-idle';

/** How far ahead of the viewport content starts rendering, so it is usually ready when scrolled to. */
const ROOT_MARGIN = '50% 0px';
/** Rendered anyway after this long (and an idle moment), so nothing stays missing. */
const IDLE_FALLBACK_MS = 2500;

export function RenderWhenNear({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (jsdom, old browsers) there is no way to know: render at once. Not
  // while rendering or hydrating the prerendered HTML, which has the placeholder.
  const hydrating = useHydrating();
  const [near, setNear] = useState(() => !hydrating && typeof IntersectionObserver === 'undefined');
  // Printing draws everything, synchronously (print-media.ts), and it stays drawn afterwards.
  const printing = usePrinting();
  if (printing && !near) setNear(true);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => startTransition(() => setNear(true));
    if (typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: ROOT_MARGIN,
    });
    observer.observe(el);
    let cancelIdle = () => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(show, { timeoutMs: 1000, fallbackMs: 0 })), IDLE_FALLBACK_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      cancelIdle();
    };
  }, [near]);
  return near || printing ? children : <div ref={ref}>{placeholder}</div>;
}

/**
 * A chart drawn by a code chunk of its own (deferredModule): the placeholder until the code is there
 * and the chart is near. The code is requested once the page has rendered or hydrated; its arrival
 * draws the chart (when near) in a transition too.
 */
export function DeferredChart<T>({
  module,
  placeholder,
  children,
}: {
  module: DeferredModule<T>;
  placeholder: ReactNode;
  children: (loaded: T) => ReactNode;
}) {
  const [state, setState] = useState(module.snapshot);
  if (state.error !== undefined) throw state.error;
  // Printing re-renders synchronously (print-media.ts): code that has arrived draws then, even while
  // the transition that would draw it is still pending.
  const printing = usePrinting();
  const loaded = state.value ?? (printing ? module.snapshot().value : undefined);
  // Requested right after the first commit (the chunk is small and runs in a few ms), so a print
  // right after opening finds it; drawing waits for the chart to come near.
  useEffect(() => {
    module.load().then(
      (value) => startTransition(() => setState((now) => (now.value === value ? now : { value }))),
      (error: unknown) => setState({ error }),
    );
  }, [module]);
  return <RenderWhenNear placeholder={placeholder}>{loaded ? children(loaded) : placeholder}</RenderWhenNear>;
}
