import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { HydrationProvider } from '../shared/hydration';
import { createRouter } from './router';

type Router = ReturnType<typeof createRouter>;

export function App({
  queryClient,
  router: given,
  hydrating = false,
}: {
  queryClient: QueryClient;
  /** A router made beforehand (hydration needs its lazy screens loaded first); else one is made here. */
  router?: Router;
  /** The first render hydrates prerendered HTML: it must render exactly what the build rendered. */
  hydrating?: boolean;
}) {
  const [router] = useState(() => given ?? createRouter(queryClient));
  return (
    <HydrationProvider hydrating={hydrating}>
      <QueryClientProvider client={queryClient}>
        {/* Router updates are not transitions: a transition can be interrupted by a click and render the
          old URL again, and the filter state (shared/hooks/use-url-state.ts) would take that for Back. */}
        <RouterProvider router={router} useTransitions={false} />
      </QueryClientProvider>
    </HydrationProvider>
  );
}
