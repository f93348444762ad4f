// React.lazy, except that once the code is loaded the component renders at once. (A lazy component suspends on
// its first render even when its module is already in memory, and React throttles Suspense reveals by ~300 ms.)
import { type ComponentType, lazy } from 'react';

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then((component) => {
      Loaded = component;
      return component;
    });
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P) {
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component: Preloadable, preload };
}
