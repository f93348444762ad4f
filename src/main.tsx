// The page's entry. It evaluates the console's code in two tasks instead of one: React's (this file's chunk), then
// the app's (start.tsx), which the dynamic import evaluates in a task of its own. Evaluating a chunk is one task the
// browser cannot split, and the whole first-paint code at once blocked a phone's input for over 100 ms (Lighthouse's
// Total Blocking Time). index.html preloads the app's chunk and links its styles (earlyStartInHtml in
// vite.config.ts), so it downloads with React's rather than after it. If it cannot be fetched (a redeploy replaced
// the files), it is asked for again; the page reloads once if it never comes, since a new index.html names the new
// files. Where the tab has no storage to remember that reload by, it does not reload at all.
import { importWithRetry } from './lib/import-retry.ts';
import { tabStorage } from './lib/tab-storage.ts';

const RELOADED = 'zstack-console.reloaded-for-code';

void import('react-dom/client')
  .then(() => performance.mark('console:react-evaluated'))
  .then(() => importWithRetry(() => import('./start.tsx')))
  .then(
    () => tabStorage()?.removeItem(RELOADED),
    (error: unknown) => {
      const storage = tabStorage();
      if (!storage || storage.getItem(RELOADED) !== null) throw error;
      storage.setItem(RELOADED, '1');
      location.reload();
    },
  );
