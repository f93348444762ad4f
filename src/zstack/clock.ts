// Time, injectable: the job runner waits through this, so tests drive polling and backoff without real waiting.
import { abortError } from './errors.ts';

export interface Clock {
  now: () => number;
  /** Resolves after `ms`, or rejects with an 'aborted' ZStackError when the signal fires. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
