// The console's language: English or Simplified Chinese. The first visit follows the browser; a choice is kept in
// localStorage (not sensitive). English ships in the first-paint code; Chinese is its own chunk, fetched on demand.
import type { Messages } from './en/index.ts';
import { en } from './en/index.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

const KEY = 'zstack-console.locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l === value);
}

/** The saved choice, else the first browser language we speak (any Chinese reads zh-CN), else English. */
export function detectLocale(
  saved: string | null = readSaved(),
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  if (isLocale(saved)) return saved;
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode or blocked storage: the choice lasts for this page.
  }
}

const loaded = new Map<Locale, Messages>([['en', en]]);
const loading = new Map<Locale, Promise<Messages>>();

/** The catalog of `locale`, loading its chunk once (a failed load is not kept, so it can be retried). */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = import('./zh-CN/index.ts').then(
      (m) => {
        loaded.set(locale, m.zhCN);
        return m.zhCN;
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
