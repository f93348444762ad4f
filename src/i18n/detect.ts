// Which language a visit starts in: the saved choice, else the browser's. A module apart from the catalogs, because
// the page's first script (early-start.ts) reads it too, to start downloading a Chinese catalog before the app's code
// runs (the build puts it in that script's chunk: vite.config.ts EARLY).

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** Where the choice is kept (localStorage: not sensitive). */
export const LOCALE_KEY = 'zstack-console.locale';

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
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}
