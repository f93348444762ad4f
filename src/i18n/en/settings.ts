// Texts of the settings page: the management node's time zone.
// Not in the first paint: the modules that read t.settings import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

export const settings = {
  documentTitle: 'Settings · ZStack',
  title: 'Settings',
  timeZoneTitle: 'Management node time zone',
  timeZoneWhy:
    'ZStack sends times such as “deleted at” in the management node’s local time without a zone. The console needs the node’s UTC offset to show them in your time and to count down to automatic expunging.',
  /** `offset`: "UTC+08:00"; `source`: one of `sources`. */
  now: (offset: string, source: string) => `Now ${offset}, ${source}.`,
  sources: {
    learned: 'learned at sign-in from the session the management node created',
    configured: 'set by hand on this page',
    browser: 'assumed to be the browser’s own zone (nothing learned yet)',
  },
  offsetLabel: 'UTC offset of the management node',
  save: 'Save',
  saved: (offset: string) => `Management node time zone set to ${offset}.`,
  concurrencyTitle: 'Bulk actions',
  concurrencyWhy:
    'A bulk recover or expunge runs one ZStack job per VM, this many at a time. More is faster; fewer is gentler on a busy management node.',
  concurrencyLabel: 'Jobs at once',
  concurrencyHelp: (min: number, max: number) => `From ${min} to ${max}.`,
  concurrencyInvalid: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
  concurrencySaved: (n: number) => `Bulk actions now run ${n} job${n === 1 ? '' : 's'} at a time.`,
};

declare module './registry.ts' {
  interface LazyMessages {
    settings: typeof settings;
  }
}

registerEn('settings', settings);
