// Renders the whole app at a URL, with a fresh query client whose retries do not wait.
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/query-client';

export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient({ retryDelayMs: 0 });
  return { queryClient, ...render(<App queryClient={queryClient} />) };
}
