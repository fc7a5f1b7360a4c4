// Renders below-the-fold content (the map, the recharts timeline) only when the reader scrolls near it,
// prints, or the browser has been idle for a while after the first screen: its code and drawing then
// cost the first chart nothing, and it is still there for print, find-in-page and screen readers.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrating } from '../../hydration';

/** How far ahead of the viewport content starts rendering, so it is usually ready when scrolled to. */
const ROOT_MARGIN = '50% 0px';
/** Rendered anyway after this long (and an idle moment), so nothing stays missing. */
const IDLE_FALLBACK_MS = 2500;

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 0);
  return () => clearTimeout(id);
}

export function RenderWhenNear({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Prerendered pages have it drawn already (their HTML shows it, and must without JavaScript), so
  // hydration keeps it. Without IntersectionObserver (jsdom, old browsers) there is no way to know:
  // render at once.
  const hydrating = useHydrating();
  const [near, setNear] = useState(() => hydrating || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: ROOT_MARGIN,
    });
    observer.observe(el);
    window.addEventListener('beforeprint', show);
    let cancelIdle = () => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(show)), IDLE_FALLBACK_MS);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      clearTimeout(timer);
      cancelIdle();
    };
  }, [near]);
  return near ? children : <div ref={ref}>{placeholder}</div>;
}
