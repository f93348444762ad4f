// The console's language: English, Simplified or Traditional Chinese. The first visit follows the browser; a choice is
// kept in localStorage (not sensitive). English ships in the first-paint code; each Chinese catalog is its own chunk,
// fetched on demand.
import type { Messages } from './en/index.ts';
import { en } from './en/index.ts';
import { LOCALE_KEY, type Locale } from './detect.ts';

export { detectLocale, isLocale, type Locale, LOCALES } from './detect.ts';

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Private mode or blocked storage: the choice lasts for this page.
  }
}

const loaded = new Map<Locale, Messages>([['en', en]]);
const loading = new Map<Locale, Promise<Messages>>();
// One chunk per catalog, so a visit downloads only its own language.
const chunks: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-CN/index.ts').then((m) => m.zhCN),
  'zh-TW': () => import('./zh-TW/index.ts').then((m) => m.zhTW),
};

/** The catalog of `locale`, loading its chunk once (a failed load is not kept, so it can be retried). */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready || locale === 'en') return Promise.resolve(ready ?? en);
  let pending = loading.get(locale);
  if (!pending) {
    pending = chunks[locale]().then(
      (messages) => {
        loaded.set(locale, messages);
        return messages;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The catalog if it is already in memory. */
export function messagesIfLoaded(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}
