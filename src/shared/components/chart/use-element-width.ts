// Width of an element, kept current with ResizeObserver. Charts get explicit sizes from it instead of
// recharts' ResponsiveContainer, so they also render (at a fallback width) where layout is absent (jsdom).
// For print, the width the print stylesheet gives the chart (print-media.ts), set before the pages are
// laid out: ResizeObserver would answer only after the page has been printed.
import { useLayoutEffect, useRef, useState } from 'react';
import { isPrinting, printWidth, subscribePrint } from './print-media';

export function useElementWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setWidth(Math.floor((isPrinting() ? printWidth(el) : undefined) ?? el.getBoundingClientRect().width));
    measure();
    const unsubscribe = subscribePrint(measure);
    if (typeof ResizeObserver === 'undefined') return unsubscribe;
    // While printing, the paper's width stands; the screen's comes back with the end of printing.
    const observer = new ResizeObserver(() => (isPrinting() ? undefined : measure()));
    observer.observe(el);
    return () => {
      unsubscribe();
      observer.disconnect();
    };
  }, []);
  return { ref, width: width > 0 ? width : fallback };
}
