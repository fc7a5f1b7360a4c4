// Which addresses hydrate the prerendered HTML as it is, and which the browser renders afresh.
import { describe, expect, it } from 'vitest';
import type { PageData } from '../api/page-data';
import { showsPrerendered } from './start';

const page = (path: string, notFound = false) =>
  ({ path, notFound, router: { loaderData: {} }, index: { reports: [] }, reportUrl: null }) as PageData;
const at = (pathname: string, search = '') => ({ pathname, search });

describe('showsPrerendered', () => {
  it('the address the page was rendered for, without a query', () => {
    expect(showsPrerendered(page('/'), at('/'))).toBe(true);
    expect(showsPrerendered(page('/events'), at('/events'))).toBe(true);
    expect(showsPrerendered(page('/events/2026-q1-7'), at('/events/2026-q1-7'))).toBe(true);
  });

  it('not with a query (a filter, another report) or on another path', () => {
    expect(showsPrerendered(page('/events'), at('/events', '?country=BY'))).toBe(false);
    expect(showsPrerendered(page('/'), at('/', '?report=2025-q3'))).toBe(false);
    // A server that answers every address with the overview (a plain SPA fallback).
    expect(showsPrerendered(page('/'), at('/quality'))).toBe(false);
  });

  it('the not-found page for any address no route knows, but not for one that a route shows', () => {
    expect(showsPrerendered(page('/404', true), at('/no-such-page'))).toBe(true);
    expect(showsPrerendered(page('/404', true), at('/a/b/c'))).toBe(true);
    expect(showsPrerendered(page('/404', true), at('/events/2025-q3-1'))).toBe(false);
    expect(showsPrerendered(page('/404', true), at('/events'))).toBe(false);
  });
});
