// The code of the lazy page each address opens on, by chunk name (a lazy page's chunk is named after its file). The
// build writes the files of these chunks, and of the chunks they import, into index.html (vite.config.ts); the first
// script of the page then preloads those of the address being opened next to the app's chunk (lib/page-preload.ts),
// instead of after the app's code has run: one round trip less before the page draws on a slow network.
// Kept in step with the router's preloadPage: the build fails if a chunk named here does not exist.
import { routes } from '../components/paths.ts';

export const PAGE_CHUNKS: readonly { pattern: string; chunks: readonly string[] }[] = [
  { pattern: routes.events, chunks: ['EventsPage', 'events-prefetch'] },
  { pattern: routes.event, chunks: ['EventPage'] },
  { pattern: routes.volumes, chunks: ['ResourceBinPage'] },
  { pattern: routes.images, chunks: ['ResourceBinPage'] },
  { pattern: routes.vm, chunks: ['VmPage'] },
  { pattern: routes.volume, chunks: ['VolumePage'] },
  { pattern: routes.image, chunks: ['ImagePage'] },
  { pattern: routes.settings, chunks: ['SettingsPage'] },
  { pattern: routes.retention, chunks: ['RetentionPage'] },
  { pattern: routes.expiring, chunks: ['ExpiringPage'] },
  { pattern: routes.restorePlan, chunks: ['RestorePlanPage'] },
];

/** What a tab opens on with no session: the sign-in page, wherever it was going. */
export const SIGNED_OUT_CHUNKS: readonly string[] = ['LoginPage'];
