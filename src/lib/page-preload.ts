// Preloads the code of the page this address opens on, and the catalog of a Chinese reader, from the list the build
// writes into index.html (a JSON block, id "page-chunks": pattern → files, locale → files; see app/page-chunks.ts).
// Run by early-start.ts before the app's code: the page's chunks download next to the app's chunk instead of after it
// has been evaluated. The route patterns are matched here, not with react-router's matchPath: this runs in a 1 kB
// chunk that must not pull the router in. A list that is missing
// or malformed (a dev server, an old page) preloads nothing: the app loads the page's code itself, as it always does.

export interface PageFiles {
  /** By locale (zh-CN, zh-TW): English ships in the app's chunk. */
  locales: Record<string, string[]>;
  signedOut: string[];
  pages: { pattern: string; files: string[] }[];
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

/** The list from index.html, checked: only this origin's /assets/ files. */
export function readPageFiles(doc: Document = document): PageFiles {
  const empty: PageFiles = { locales: {}, signedOut: [], pages: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(doc.getElementById('page-chunks')?.textContent ?? 'null');
  } catch {
    return empty;
  }
  if (typeof raw !== 'object' || raw === null) return empty;
  const ours = (files: string[]) => files.filter((f) => /^\/assets\/[\w.-]+\.js$/u.test(f));
  const { locales, signedOut, pages } = raw as { locales?: unknown; signedOut?: unknown; pages?: unknown };
  const catalogs =
    typeof locales === 'object' && locales !== null ? Object.entries(locales as Record<string, unknown>) : [];
  return {
    locales: Object.fromEntries(catalogs.map(([locale, files]) => [locale, ours(strings(files))])),
    signedOut: ours(strings(signedOut)),
    pages: (Array.isArray(pages) ? (pages as unknown[]) : []).flatMap((p) => {
      if (typeof p !== 'object' || p === null) return [];
      const { pattern, files } = p as { pattern?: unknown; files?: unknown };
      return typeof pattern === 'string' ? [{ pattern, files: ours(strings(files)) }] : [];
    }),
  };
}

/** Does `pathname` match a route pattern such as /vms/:uuid (each :name one non-empty segment)? */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const have = pathname.replace(/\/+$/u, '').split('/');
  if (pattern === '/') return pathname === '/';
  return (
    want.length === have.length && want.every((w, i) => (w.startsWith(':') ? have[i] !== '' : w === have[i]))
  );
}

/** The files to preload for `pathname` (the sign-in page's without a session), and the catalog of `locale`. */
export function filesFor(list: PageFiles, pathname: string, signedIn: boolean, locale: string): string[] {
  const page = signedIn
    ? (list.pages.find((p) => matchesPattern(p.pattern, pathname))?.files ?? [])
    : list.signedOut;
  return [...(list.locales[locale] ?? []), ...page];
}

/** Adds a modulepreload link for each file (as Vite's own preloads do: same credentials as a module script). */
export function preloadFiles(files: readonly string[], doc: Document = document): void {
  for (const href of files) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  }
}
