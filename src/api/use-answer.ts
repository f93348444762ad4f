// A query's answer for a view that renders it deferred (useDeferredValue), so that each answer renders in the
// background in slices instead of one synchronous render of the whole list.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';

/**
 * The fields of a query's result as one plain object that stays the same while they do. TanStack Query hands out a
 * new tracking Proxy on every render: deferred as it is, each render would schedule one more background render.
 */
export function useAnswer<T>(q: UseQueryResult<T>) {
  const { data, error, isPending, isError, isFetching, isPlaceholderData, refetch } = q;
  return useMemo(
    () => ({ data, error, isPending, isError, isFetching, isPlaceholderData, refetch }),
    [data, error, isPending, isError, isFetching, isPlaceholderData, refetch],
  );
}
