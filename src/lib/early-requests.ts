// The first requests of a page, sent before the app's code has been evaluated. Evaluating the first-paint chunk
// takes about 100 ms on a help-desk PC, and the recycle bin's list request used to leave only after it. The app
// notes the first GETs it sends at each address (noteStartupRequest, from the ZStack client); the next load of the
// same address (a reload, a return, the same ticket link again) sends them at once from early-start.ts, and the
// client takes the answer instead of asking again (takeEarlyAnswer). Nothing depends on it: an answer no request
// asks for is dropped, and a request with no early answer goes out as usual.
//
// Only GETs of this origin's /zstack/v1 are sent, with the tab's own session; the note holds addresses, never a
// session. A new sign-in or sign-out does not make a stale note harmful: the answer is taken only for the same
// address and the same Authorization header.

/** The tab's session, as api/session.ts stores it: only its uuid is read here. */
export const SESSION_KEY = 'zstack-console.session';
const NOTE_KEY = 'zstack-console.startup-requests';
/** The first GETs of each address are noted, for this many addresses (the most recent). */
const MAX_NOTED = 6;
const MAX_PAGES = 10;

interface EarlyAnswer {
  url: string;
  authorization: string;
  answer: Promise<Response>;
}

declare global {
  // The hand-over from early-start.ts to the client (another module, possibly another chunk).
  var __zstackEarlyAnswers: EarlyAnswer[] | undefined;
}

interface Note {
  page: string;
  urls: string[];
}

function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

function readJson(key: string): unknown {
  try {
    return JSON.parse(storage()?.getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

const here = () => `${location.pathname}${location.search}`;

function readNotes(): Note[] {
  const notes = readJson(NOTE_KEY);
  if (!Array.isArray(notes)) return [];
  return notes.flatMap((note: unknown) => {
    if (typeof note !== 'object' || note === null || !('page' in note) || !('urls' in note)) return [];
    const { page, urls } = note;
    if (typeof page !== 'string' || !Array.isArray(urls)) return [];
    return [{ page, urls: urls.filter((u): u is string => typeof u === 'string').slice(0, MAX_NOTED) }];
  });
}

/** The uuid of the tab's stored session, if it holds one. */
export function storedSessionUuid(): string | undefined {
  const stored = readJson(SESSION_KEY);
  const uuid = typeof stored === 'object' && stored !== null && 'uuid' in stored ? stored.uuid : undefined;
  return typeof uuid === 'string' && uuid !== '' ? uuid : undefined;
}

/** Sends the GETs noted for this address, with the stored session. Run by early-start.ts, before the app. */
export function sendNotedRequests(fetcher: typeof fetch = fetch): void {
  const note = readNotes().find((n) => n.page === here());
  const uuid = storedSessionUuid();
  if (!note || uuid === undefined) return;
  const authorization = `OAuth ${uuid}`;
  const api = `${location.origin}/zstack/v1/`;
  globalThis.__zstackEarlyAnswers = note.urls
    .filter((url) => url.startsWith(api))
    .map((url) => {
      const answer = fetcher(url, {
        headers: { Authorization: authorization },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      // Taken by nobody (the app asked something else): its failure is nobody's concern.
      answer.catch(() => undefined);
      return { url, authorization, answer };
    });
}

/** The early answer to exactly this request, once; undefined when there is none. */
export function takeEarlyAnswer(
  url: string,
  authorization: string | undefined,
): Promise<Response> | undefined {
  const all = globalThis.__zstackEarlyAnswers;
  const at = all?.findIndex((e) => e.url === url && e.authorization === authorization) ?? -1;
  if (!all || at < 0) return undefined;
  const [taken] = all.splice(at, 1);
  return taken?.answer;
}

/** The notes as this document keeps them: those it found, then each address it visits noted afresh. */
let noted: Note[] | undefined;
/** The addresses this document has noted (their notes replace the ones from earlier loads). */
const notedHere = new Set<string>();

/**
 * Notes a GET the app sends: the first few of each address are the requests its page starts with, which the next
 * load of that address sends at once.
 */
export function noteStartupRequest(url: string): void {
  const page = here();
  noted ??= readNotes();
  const found = notedHere.has(page) ? noted.find((n) => n.page === page) : undefined;
  notedHere.add(page);
  const note = found ?? { page, urls: [] };
  if (note.urls.length >= MAX_NOTED || note.urls.includes(url)) return;
  note.urls.push(url);
  noted = [note, ...noted.filter((n) => n.page !== page)].slice(0, MAX_PAGES);
  try {
    storage()?.setItem(NOTE_KEY, JSON.stringify(noted));
  } catch {
    // A full or refused storage only costs the next load its head start.
  }
}

/** Another person may sit down next: the addresses the last one opened (their searches) go with the session. */
export function forgetNotedRequests(): void {
  noted = undefined;
  notedHere.clear();
  globalThis.__zstackEarlyAnswers = undefined;
  try {
    storage()?.removeItem(NOTE_KEY);
  } catch {
    // Storage refused: nothing was kept in it either.
  }
}
