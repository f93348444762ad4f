// Loading a chunk of our own code again when the network drops it (a redeploy replaced the files, a flaky proxy):
// the lazy pages and dialogs (components/plain/preloadable.tsx) and the bulk-run machinery (api/operations) load
// through here. Imports nothing of ours, so every layer may use it.

/** How long to wait before each new try; one try more than there are delays. */
export const IMPORT_RETRY_DELAYS_MS = [300, 1200] as const;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The URL a failed dynamic import names, so it can be asked for again under a new name. */
function failedUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /(https?:\/\/\S+?\.m?js)\b/u.exec(message)?.[1];
}

/**
 * Runs a dynamic import, trying again after each delay if it fails; rejects with the last failure. Browsers that
 * cache a failed module fetch answer the same URL with the same failure, so a retry asks under a new name.
 */
export async function importWithRetry<M>(
  importer: () => Promise<M>,
  delays: readonly number[] = IMPORT_RETRY_DELAYS_MS,
): Promise<M> {
  let lastError: unknown;
  for (let i = 0; i <= delays.length; i += 1) {
    try {
      if (i === 0) return await importer();
      const url = failedUrl(lastError);
      return url ? ((await import(/* @vite-ignore */ `${url}?retry=${Date.now()}`)) as M) : await importer();
    } catch (e) {
      lastError = e;
      const delay = delays[i];
      if (delay === undefined) break;
      await wait(delay);
    }
  }
  throw lastError;
}
