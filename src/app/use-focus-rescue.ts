// After a client-side navigation the focused link is often gone with the old screen, leaving the focus
// on <body>: a keyboard user would start again from the top of the page and a screen reader would say
// nothing. Then the focus goes to the main region instead; a screen that placed it itself keeps it.
import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';

export function useFocusRescue(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false; // a fresh page load starts at the top, as browsers do
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body) main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
