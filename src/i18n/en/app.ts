// The app shell: title, navigation, theme and language controls, crash and not-found pages.
export const app = {
  productName: 'ZStack Recycle Bin',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  navRecycleBin: 'Recycle bin',
  navSettings: 'Settings',
  navRetention: 'Retention',
  navEvents: 'Deletion events',
  /** The app bar's link to the "Expiring soon" view. */
  expiring: (n: number) => `${n} expiring soon`,
  expiringLabel: (n: number, lead: string) =>
    `Expiring soon: ${n} item${n === 1 ? '' : 's'} will be expunged within ${lead}`,
  pausedBanner: 'Automatic expunging is paused',
  pausedDetail: (kinds: string, since: string | undefined, by: string | undefined) =>
    `Nothing in the recycle bin of ${kinds} is expunged automatically until it is resumed` +
    (since ? `; paused ${by ? `by ${by} ` : ''}on ${since}` : '') +
    '.',
  pausedKinds: { vm: 'VMs', volume: 'data volumes', image: 'images' },
  pausedLink: 'See retention',
  /** The app bar's menu button on narrow screens (navigation, language, theme, sign out). */
  menu: 'Menu',
  signedInAs: 'Signed in as ',
  adminSuffix: ' (admin)',
  signOut: 'Sign out',
  themeLabel: (current: 'system' | 'light' | 'dark', next: 'system' | 'light' | 'dark') => {
    const name = { system: 'follow the system', light: 'light', dark: 'dark' };
    return `Theme: ${name[current]}. Switch to ${next === 'system' ? 'the system theme' : name[next]}`;
  },
  crashTitle: 'Something went wrong',
  crashFallback: 'An unexpected error happened.',
  backToRecycleBin: 'Back to the recycle bin',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  loading: 'Loading',
  loadingPage: (what: string) => `Loading ${what}`,
  couldNotLoadPart: (what: string) =>
    `Could not load ${what}. The network may have dropped, or the console was just updated.`,
  parts: {
    signInPage: 'the sign-in page',
    vmPage: 'the VM page',
    settingsPage: 'the settings page',
    retentionPage: 'the retention page',
    expiringPage: 'the expiring soon view',
    eventsPage: 'the deletion events',
    eventPage: 'the deletion event',
    restorePlanPage: 'the restore plan',
    recoverDialog: 'the recover dialog',
    expungeDialog: 'the expunge dialog',
    bulkDialog: 'the bulk action dialog',
    binPage: 'this recycle bin',
    resourcePage: 'this page',
    operationsDialog: 'the operation results',
  },
  backgroundRefreshFailed: (headline: string) => `Could not refresh: ${headline}`,
  /** The app bar's button for bulk runs, and the toast when one ends. */
  operationsIndicator: (settled: number, total: number, running: boolean, failed: number, unknown: number) =>
    (running ? `Operations: ${settled} of ${total} done` : `Operations: finished (${settled} of ${total})`) +
    (failed > 0 ? `, ${failed} failed` : '') +
    (unknown > 0 ? `, ${unknown} outcome unknown` : ''),
  /** Failures in words as well as in colour: a run where everything failed must not look like a good one. */
  operationsIndicatorShort: (settled: number, total: number, failed: number, unknown: number) =>
    `${settled}/${total}` +
    (failed > 0 ? ` · ${failed} failed` : '') +
    (unknown > 0 ? ` · ${unknown} unknown` : ''),
  operationsFinished: (action: 'recover' | 'expunge', done: number, failed: number, unknown: number) =>
    `${action === 'recover' ? 'Recovery' : 'Expunge'} finished: ${done} ${action === 'recover' ? 'recovered' : 'expunged'}, ${failed} failed` +
    (unknown > 0 ? `, ${unknown} outcome unknown (check them before trying again).` : '.'),
};
