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
    // A fresh chart takes its width before the first paint. The HTML's chart is already on screen:
    // its width comes with ResizeObserver's first report, after the browser's own layout, rather than
    // forcing a layout of the whole page in the middle of hydration.
    if (!hydrating.current) measure();
    else if (typeof ResizeObserver === 'undefined') measureLater();
    hydrating.current = false;
    const unsubscribe = subscribePrint(measure);
    if (typeof ResizeObserver === 'undefined') return unsubscribe;
    // Resizes re-lay the chart out without blocking input. While printing, the paper's width stands;
    // the screen's comes back with the end of printing.
    const observer = new ResizeObserver((entries) => {
      if (isPrinting()) return;
      // The border box is what getBoundingClientRect measures, here without asking for a layout.
      const box = entries.at(-1)?.borderBoxSize?.[0];
      if (box) startTransition(() => setWidth(Math.floor(box.inlineSize)));
      else measureLater();
    });
    observer.observe(el);
    return () => {
      unsubscribe();
      observer.disconnect();
    };
  }, []);
  return { ref, width: width > 0 ? width : fallback };
}
