import { QueryClient } from '@tanstack/react-query';
import { shareUnchanged } from '../api/sharing.ts';
import { isZStackError } from '../zstack/errors.ts';

/** Only failures that a second try may cure (no answer, a proxy hiccup) are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isZStackError(error)) return false;
  return (error.kind === 'network' || error.kind === 'proxy') && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: shouldRetry,
        retryDelay: (n) => Math.min(500 * 2 ** n, 4000),
        structuralSharing: shareUnchanged,
      },
      mutations: { retry: false },
    },
  });
}
