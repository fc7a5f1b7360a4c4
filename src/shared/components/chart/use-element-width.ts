// Width of an element, kept current with ResizeObserver. Charts get explicit sizes from it instead of
// recharts' ResponsiveContainer, so they also render (at a fallback width) where layout is absent (jsdom,
// the build's prerender). A chart hydrating prerendered HTML starts at the fallback width like the
// HTML did and takes its measured width in a transition: the re-layout then never blocks input.
import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useHydrating } from '../../hydration';

export function useElementWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  const hydrating = useRef(useHydrating());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    const measureLater = () => startTransition(measure);
    // A fresh chart takes its width before the first paint; the HTML's chart is already on screen.
    if (hydrating.current) measureLater();
    else measure();
    hydrating.current = false;
    if (typeof ResizeObserver === 'undefined') return;
    // Resizes (and the observer's first call) re-lay the chart out without blocking input.
    const observer = new ResizeObserver(measureLater);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width: width > 0 ? width : fallback };
}
