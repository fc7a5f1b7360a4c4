// Width of an element, kept current with ResizeObserver. Charts get explicit sizes from it instead of
// recharts' ResponsiveContainer, so they also render (at a fallback width) where layout is absent (jsdom,
// the build's prerender). A chart hydrating prerendered HTML starts at the fallback width like the
// HTML did and takes its measured width in a transition: the re-layout then never blocks input.
// For print, the width the print stylesheet gives the chart (print-media.ts), set before the pages are
// laid out: ResizeObserver would answer only after the page has been printed.
import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useHydrating } from '../../hydration';
import { isPrinting, printWidth, subscribePrint } from './print-media';

export function useElementWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  const hydrating = useRef(useHydrating());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setWidth(Math.floor((isPrinting() ? printWidth(el) : undefined) ?? el.getBoundingClientRect().width));
    const measureLater = () => startTransition(measure);
    // A fresh chart takes its width before the first paint; the HTML's chart is already on screen.
    if (hydrating.current) measureLater();
    else measure();
    hydrating.current = false;
    const unsubscribe = subscribePrint(measure);
    if (typeof ResizeObserver === 'undefined') return unsubscribe;
    // Resizes re-lay the chart out without blocking input. While printing, the paper's width stands;
    // the screen's comes back with the end of printing.
    const observer = new ResizeObserver(() => (isPrinting() ? undefined : measureLater()));
    observer.observe(el);
    return () => {
      unsubscribe();
      observer.disconnect();
    };
  }, []);
  return { ref, width: width > 0 ? width : fallback };
}
