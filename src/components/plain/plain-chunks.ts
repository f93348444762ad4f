// The one list of the parts drawn without MUI, by chunk (a lazy page's chunk is named after its file). The router
// marks a lazy page plain by naming it here (preloadable's `plain`), and the build (vite.config.ts) fails if MUI or
// Emotion reaches one of these chunks or the chunks they import. 'app' is the first paint.
export const PLAIN_CHUNKS = [
  'app',
  'LoginPage',
  'ResourceBinPage',
  'RetentionPage',
  'ExpiringPage',
  'EventsPage',
  'EventPage',
  'RestorePlanPage',
] as const;

/** A lazy page drawn without MUI: MUI and its theme are not loaded with it. */
export type PlainPage = Exclude<(typeof PLAIN_CHUNKS)[number], 'app'>;
