// The console's language: English, Simplified or Traditional Chinese. The first visit follows the browser; a choice is
// kept in localStorage (not sensitive). English ships in the first-paint code; each Chinese catalog is its own chunk,
// fetched on demand.
import type { Messages } from './en/index.ts';
import { en } from './en/index.ts';

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

const KEY = 'zstack-console.locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l === value);
}

/** The saved choice, else the first browser language we speak, else English. */
export function detectLocale(
  saved: string | null = readSaved(),
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Locale {
  if (isLocale(saved)) return saved;
  for (const lang of languages) {
    const [language, ...rest] = lang.toLowerCase().split(/[-_]/u);
    if (language === 'zh') return chineseScript(rest);
    if (language === 'en') return 'en';
  }
  return 'en';
}

/**
 * Which Chinese a tag's subtags ask for: the script when one is named (zh-Hant-*, zh-Hans-HK), else the region's
 * usual script (Taiwan, Hong Kong and Macau write Traditional). Any other Chinese, and plain `zh`, reads Simplified.
 */
function chineseScript(subtags: readonly string[]): Locale {
  if (subtags.includes('hant')) return 'zh-TW';
  if (subtags.includes('hans')) return 'zh-CN';
  return subtags.some((s) => s === 'tw' || s === 'hk' || s === 'mo') ? 'zh-TW' : 'zh-CN';
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
