// Work the first screen does not need (the app bar's count of what expires soon) waits until the page has painted
// and the browser is idle: on a slow PC its requests, their answers and the re-renders they cause would otherwise
// compete with the first rows for the main thread.
import { useEffect, useState } from 'react';

/** Once the app has settled, later mounts need not wait again. */
let settled = false;

const soon = (run: () => void): (() => void) => {
  // A frame (the paint), then the browser's first idle moment, at most a second later.
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 1000 });
    else run();
  }, 16);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
};

/** False on the first render, true once the page has painted and the browser had a moment to spare. */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(settled);
  useEffect(() => {
    if (ready) return undefined;
    return soon(() => {
      settled = true;
      setReady(true);
    });
  }, [ready]);
  return ready;
}
