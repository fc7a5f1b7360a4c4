// Flag support is found out once the page is idle and remembered; jsdom draws no flags.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshModule() {
  vi.resetModules();
  return import('./flag-emoji');
}

afterEach(() => localStorage.clear());

describe('useFlagEmoji', () => {
  it('a browser that showed flags before: flags from the first render after hydration', async () => {
    localStorage.setItem('flag-emoji', '1');
    const { useFlagEmoji } = await freshModule();
    expect(renderHook(() => useFlagEmoji()).result.current).toBe(true);
  });

  it('not known yet: no flags while rendering; found out when idle (none in jsdom) and remembered', async () => {
    const { useFlagEmoji } = await freshModule();
    const { result } = renderHook(() => useFlagEmoji());
    expect(result.current).toBe(false);
    await act(() => waitFor(() => expect(localStorage.getItem('flag-emoji')).toBe('0')));
    expect(result.current).toBe(false);
  });
});
