// The one URL-state hook: a change shows at once and the URL follows (after the render, or after the
// delay asked for); a facet click while a typed search still waits for its URL write keeps both in one
// history entry; Back and Forward put the URL's filters back on screen; the same filters keep the same
// object, and the setters never change.
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { loadPrepared } from '../../../test/support/raw-report';
import { filtersKey, type EventFilters } from '../../domain/filters';
import { useUrlState } from './use-url-state';

const model = loadPrepared();
/** Long enough that a debounced write never fires during a test, however slow the machine. */
const TYPING_DELAY = 60_000;

function setup(url: string) {
  const seen: { filters: EventFilters; setFilters: unknown; setParams: unknown }[] = [];
  let api!: ReturnType<typeof useUrlState>;
  function Probe() {
    api = useUrlState(model);
    seen.push({ filters: api.filters, setFilters: api.setFilters, setParams: api.setParams });
    return <p data-testid="shown">{filtersKey(api.filters)}</p>;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} useTransitions={false} />);
  const url_ = () => router.state.location.search;
  const shown = () => screen.getByTestId('shown').textContent;
  return { router, api: () => api, seen, url: url_, shown };
}

describe('useUrlState', () => {
  it('shows a typed search at once, before the URL has it', async () => {
    const { api, url, shown } = setup('/');
    act(() => api().setFilters((f) => ({ ...f, q: 'казахстан' }), { replace: true, delay: TYPING_DELAY }));
    expect(shown()).toBe(`q=${encodeURIComponent('казахстан')}`);
    await act(async () => {});
    expect(url()).toBe('');
  });

  it('keeps a facet click made while the search waits, in one history entry; Back/Forward restore', async () => {
    const { router, api, url, shown } = setup('/?month=2026-03');
    act(() => api().setFilters((f) => ({ ...f, q: 'выставк' }), { replace: true, delay: TYPING_DELAY }));
    act(() => api().setFilters((f) => ({ ...f, countries: ['KZ'] })));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(url()).toBe(`?country=KZ&month=2026-03&q=${encodeURIComponent('выставк')}`);
    expect(router.state.historyAction).toBe('PUSH');

    await act(() => router.navigate(-1));
    expect(url()).toBe('?month=2026-03');
    expect(shown()).toBe('month=2026-03');

    await act(() => router.navigate(1));
    expect(shown()).toBe(`country=KZ&month=2026-03&q=${encodeURIComponent('выставк')}`);
  });

  it('adopts a link to other filters, and drops the write it was waiting to make', async () => {
    const { router, api, url, shown } = setup('/');
    act(() => api().setFilters((f) => ({ ...f, q: 'минск' }), { replace: true, delay: TYPING_DELAY }));
    await act(() => router.navigate('/?country=BY'));
    expect(shown()).toBe('country=BY');
    expect(url()).toBe('?country=BY');
  });

  it('keeps the same filters object and the same setters when the URL catches up', async () => {
    const { api, seen, url } = setup('/');
    act(() => api().setFilters((f) => ({ ...f, countries: ['BY'] })));
    const chosen = seen.at(-1)!.filters;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(url()).toBe('?country=BY');
    const last = seen.at(-1)!;
    expect(last.filters).toBe(chosen);
    expect(new Set(seen.map((s) => s.setFilters)).size).toBe(1);
    expect(new Set(seen.map((s) => s.setParams)).size).toBe(1);
  });

  it('writes other parameters with the filters, leaving the rest of the URL alone', async () => {
    const { api, url } = setup('/?sort=dates&at=2026-q1-5');
    act(() =>
      api().setFilters((f) => ({ ...f, format: 'online' }), {
        also: (p) => {
          const next = new URLSearchParams(p);
          next.delete('at');
          return next;
        },
      }),
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(url()).toBe('?sort=dates&format=online');
  });
});
