// Renders below-the-fold content (the map) only when the reader scrolls near it,
// prints, or the browser has been idle for a while after the first screen: its code and drawing then
// cost the first chart nothing, and it is still there for print, find-in-page and screen readers.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrating } from '../../hydration';
import { useDeferredModule, type DeferredModule } from './deferred-module';
import { usePrinting } from './print-media';
import { whenIdle } from '../../../lib/when-idle';

/** How far ahead of the viewport content starts rendering, so it is usually ready when scrolled to. */
const ROOT_MARGIN = '50% 0px';
/** Rendered anyway after this long (and an idle moment), so nothing stays missing. */
const IDLE_FALLBACK_MS = 2500;

export function RenderWhenNear({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Prerendered pages have it drawn already (their HTML shows it, and must without JavaScript), so
  // hydration keeps it. Without IntersectionObserver (jsdom, old browsers) there is no way to know:
  // render at once.
  const hydrating = useHydrating();
  const [near, setNear] = useState(() => hydrating || typeof IntersectionObserver === 'undefined');
  // Printing draws everything, synchronously (print-media.ts), and it stays drawn afterwards.
  const printing = usePrinting();
  if (printing && !near) setNear(true);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
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
 * and the chart is near. The code starts loading right after the first paint, so a print soon after
 * the page opens finds it loaded and draws the chart.
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
  const loaded = useDeferredModule(module);
  return <RenderWhenNear placeholder={placeholder}>{loaded ? children(loaded) : placeholder}</RenderWhenNear>;
}
