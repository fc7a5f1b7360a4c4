// The ready mark tools wait for (the e2e journeys, src/app/main.tsx's deferred start): set only once
// the hydrating render is over and the measured one has committed.
import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_READY_ATTRIBUTE, HydrationProvider, useHydrating } from './hydration';

function Probe({ seen }: { seen: boolean[] }) {
  seen.push(useHydrating());
  return null;
}

afterEach(() => document.documentElement.removeAttribute(APP_READY_ATTRIBUTE));

describe('HydrationProvider', () => {
  it('a hydrating app: first the estimate render, then the measured one, then the ready mark', async () => {
    const seen: boolean[] = [];
    render(
      <HydrationProvider hydrating>
        <Probe seen={seen} />
      </HydrationProvider>,
    );
    expect(seen[0]).toBe(true);
    await waitFor(() => expect(document.documentElement.hasAttribute(APP_READY_ATTRIBUTE)).toBe(true));
    expect(seen.at(-1)).toBe(false);
  });
  it('an app rendered afresh is ready after its first commit', () => {
    const seen: boolean[] = [];
    render(
      <HydrationProvider hydrating={false}>
        <Probe seen={seen} />
      </HydrationProvider>,
    );
    expect(seen).not.toContain(true);
    expect(document.documentElement.hasAttribute(APP_READY_ATTRIBUTE)).toBe(true);
  });
});
