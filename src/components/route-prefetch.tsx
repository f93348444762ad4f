// Lets a screen warm the code of the page it is likely to open next, without importing another feature:
// the app provides the loaders, screens ask by name.
import { createContext, useContext } from 'react';

export type PrefetchableRoute = 'vm';

export const RoutePrefetchContext = createContext<(route: PrefetchableRoute) => void>(() => undefined);

export function usePrefetchRoute(): (route: PrefetchableRoute) => void {
  return useContext(RoutePrefetchContext);
}
