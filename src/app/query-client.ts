import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isZStackError } from '../zstack/errors.ts';

/** Only failures that a second try may cure (no answer, a proxy hiccup) are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isZStackError(error)) return false;
  return (error.kind === 'network' || error.kind === 'proxy') && failureCount < 2;
}

export function createQueryClient(onBackgroundError?: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // A failed refetch while old data is on screen: keep the data, mention the failure.
      onError: (error, query) => {
        if (query.state.data !== undefined) onBackgroundError?.(error);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 10_000, retry: shouldRetry, retryDelay: (n) => Math.min(500 * 2 ** n, 4000) },
      mutations: { retry: false },
    },
  });
}
