import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** Retries only failures that may pass on a second try (timeouts, network, 5xx): never 4xx or bad data. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) return error.retryable && failureCount < 2;
  return false;
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
      },
    },
  });
}
