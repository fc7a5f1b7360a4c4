import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/**
 * Retries only failures that may pass on a second try (network, 5xx: twice; a timeout: once, since each
 * attempt already waited the full limit). Never 4xx, malformed or schema-invalid data: asking again
 * returns the same answer and only delays the message.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.retryable) return false;
  return failureCount < (error.kind === 'timeout' ? 1 : 2);
}

export function createQueryClient(options: { retryDelayMs?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Reports are published quarterly: no refetch churn while the page is open.
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => options.retryDelayMs ?? Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        // A screen mounting just after a fetch failed (e.g. the index prefetched by a route loader while
        // the screen's code loaded) shows that error with a retry button instead of silently asking again.
        retryOnMount: false,
      },
    },
  });
}
