// Whether this render must reproduce the prerendered HTML: on the server (the build's prerender) and
// in the browser's first, hydrating render. Until then nothing may depend on the browser — element
// widths, canvas text metrics, flag-emoji support, IntersectionObserver — or the client's first
// render would differ from the HTML (a hydration mismatch). Right after hydration the flag turns off
// in a transition, so the measured re-render is interruptible and never blocks input.
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

const Hydrating = createContext(false);

/** Set on <html> once the app is interactive (hydrated and measured, or rendered): tools wait for it. */
export const APP_READY_ATTRIBUTE = 'data-app-ready';

export function HydrationProvider({ hydrating, children }: { hydrating: boolean; children: ReactNode }) {
  const [value, setValue] = useState(hydrating);
  useEffect(() => {
    if (value) startTransition(() => setValue(false));
    else document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
  }, [value]);
  // `children` is the same element on this re-render, so only the components reading the flag render again.
  return <Hydrating.Provider value={value}>{children}</Hydrating.Provider>;
}

/** True while rendering the HTML of a prerendered page (build) or hydrating it (browser). */
export function useHydrating(): boolean {
  return useContext(Hydrating);
}
