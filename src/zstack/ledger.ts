// Exactly-once for async actions, whoever retries them. An action whose outcome is unknown (its answer was lost)
// keeps its X-Job-UUID here, and the next run of the same action on the same account reuses it: ZStack answers
// "400 Duplicate job uuid" and the runner follows the first job instead of acting twice. Identical actions
// started while one is in flight (a double click) share its single request.
import * as v from 'valibot';
import type { Clock } from './clock.ts';
import { newJobUuid } from './crypto.ts';

/** The part of Web Storage the ledger needs (sessionStorage in the browser: per tab, gone with the tab). */
export interface LedgerStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

interface Entry {
  jobUuid: string;
  /** When the id was made; ZStack forgets job ids about 3 h after the job ends. */
  at: number;
}

const STORAGE_KEY = 'zstack-console.unsettled-jobs';
/** ZStack's rest.completedApi.expiredPeriod: after it, the id would be accepted as a new job anyway. */
const KEEP_MS = 3 * 3600_000;

/** What sessionStorage gives back is parsed like any other untrusted input. */
const savedSchema = v.record(
  v.string(),
  v.object({ jobUuid: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/u)), at: v.number() }),
);

export class JobLedger {
  readonly #storage: LedgerStorage | undefined;
  readonly #clock: Clock;
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<unknown>>();

  constructor(clock: Clock, storage?: LedgerStorage) {
    this.#clock = clock;
    this.#storage = storage;
    try {
      const saved = v.safeParse(savedSchema, JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}'));
      if (saved.success)
        for (const [key, entry] of Object.entries(saved.output)) this.#entries.set(key, entry);
    } catch {
      // A damaged record only loses the reuse of old ids; nothing else depends on it.
    }
  }

  /** The id to send `key` with: the unsettled one from an earlier run, or a new one recorded as unsettled. */
  jobFor(key: string): string {
    const now = this.#clock.now();
    const known = this.#entries.get(key);
    if (known && now - known.at < KEEP_MS) return known.jobUuid;
    const entry = { jobUuid: newJobUuid(), at: now };
    this.#entries.set(key, entry);
    this.#save();
    return entry.jobUuid;
  }

  /** The id `key` would be resent with, if its last run ended without a usable answer. */
  unsettled(key: string): string | undefined {
    return this.#entries.get(key)?.jobUuid;
  }

  /** The action got a definite answer (a result or an ErrorCode): a later run is a new job. */
  settle(key: string): void {
    if (this.#entries.delete(key)) this.#save();
  }

  /** Runs `run` unless the same action is already running, in which case its promise is shared. */
  share<T>(key: string, run: () => Promise<T>): Promise<T> {
    const running = this.#inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const promise = run().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  clear(): void {
    this.#entries.clear();
    this.#storage?.removeItem(STORAGE_KEY);
  }

  #save(): void {
    const now = this.#clock.now();
    for (const [key, entry] of this.#entries) if (now - entry.at >= KEEP_MS) this.#entries.delete(key);
    try {
      if (this.#entries.size === 0) this.#storage?.removeItem(STORAGE_KEY);
      else this.#storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(this.#entries)));
    } catch {
      // Storage full or blocked: the ids still live in memory for this page.
    }
  }
}
