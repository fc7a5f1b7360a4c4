import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { createRouter } from './router';

export function App({ queryClient }: { queryClient: QueryClient }) {
  const [router] = useState(() => createRouter(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      {/* Router updates are not transitions: a transition can be interrupted by a click and render the
          old URL again, and the filter state (shared/hooks/use-url-state.ts) would take that for Back. */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  );
}
