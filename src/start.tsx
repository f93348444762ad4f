import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionStore } from './api/session.ts';
import { App } from './app/App.tsx';
import { tabStorage } from './lib/tab-storage.ts';
import { yieldToMain } from './lib/main-thread.ts';
import { applySavedColorMode } from './components/color-mode.tsx';
import './components/plain/styles.css';
import { createQueryClient } from './app/query-client.ts';
import { prefetchPageData, preloadPage } from './app/router.tsx';
import { detectLocale, loadMessages } from './i18n/locale.ts';
import { warmFormat } from './i18n/format.ts';

// The app's start, imported by main.tsx once React's code has been evaluated. When this runs, the app's code has been
// evaluated, and the page's noted first requests (early-start.ts) have already left.
performance.mark('console:app-evaluated');

const found = document.getElementById('root');
if (!found) throw new Error('index.html has no #root element');
const root: HTMLElement = found;

const atMost = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// What the start does besides evaluating the app's chunk (the first read of localStorage, the first requests, the
// catalog) runs in tasks of its own after it: on a phone's CPU, one task of all of it blocked input for over 200 ms
// (Lighthouse's Total Blocking Time). Each pause costs well under 1 ms.
void yieldToMain().then(start);

function start() {
  // A Chinese reader's first paint is Chinese: its catalog (a small chunk) loads before the first render.
  // If it cannot be fetched, the console starts in English rather than not at all.
  // The page the tab opens on loads at the same time, so it renders at once (see preloadPage). Its code is waited for
  // at most 1.5 s: if it cannot be fetched, the console starts and the page's place shows the failure with a retry.
  applySavedColorMode();
  const wanted = detectLocale();
  const session = new SessionStore({ storage: tabStorage() });
  const queryClient = createQueryClient();
  const signedIn = session.get().session !== undefined;
  // Its first requests leave now too, rather than after the first render.
  const firstRows = signedIn ? prefetchPageData(location, queryClient, session.get()) : Promise.resolve();
  // Not a top-level await: the page's chunk imports this one, and could not run until this module has finished.
  void Promise.all([
    loadMessages(wanted).then(
      () => wanted,
      () => 'en' as const,
    ),
    Promise.race([preloadPage(location.pathname, signedIn).catch(() => undefined), atMost(1500)]),
    // The list's rows, if they come quickly: the first render shows them, instead of a skeleton that is replaced a
    // few milliseconds later (two renders and two layouts of the page). A slow node gets the skeleton after 250 ms.
    Promise.race([firstRows, atMost(250)]),
    // The Intl formatters the first page uses, one per task while the rows are on their way (see warmFormat).
    warmFormat(wanted, yieldToMain),
  ]).then(async ([locale]) => {
    document.documentElement.lang = locale;
    await yieldToMain();
    const reactRoot = createRoot(root);
    // A transition: React renders the first page in slices of a few ms and lets the browser in between, instead of
    // one task of 30 ms (120 ms on a phone's CPU) that blocks input. The page appears at the same moment.
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <App locale={locale} session={session} queryClient={queryClient} />
        </StrictMode>,
      ),
    );
  });
}
