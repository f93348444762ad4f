// The signed-in session of this tab and everything that belongs to it: the ZStack client (with its ledger of
// unsettled job ids), the management node's UTC offset, and the scope every query key starts with. One object,
// behind one hook (useSession), so nothing of one session can outlive it or leak into the next.
import {
  forgetNotedRequests,
  noteStartupRequest,
  SESSION_KEY,
  takeEarlyAnswer,
} from '../lib/early-requests.ts';
import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useSyncExternalStore,
} from 'react';
import * as v from 'valibot';
import { ZStackClient, type ClientConfig } from '../zstack/client.ts';
import { browserUtcOffset, learnServerUtcOffset, type ServerTime } from '../zstack/dates.ts';
import { getOne, logIn } from '../zstack/endpoints.ts';
import { isZStackError } from '../zstack/errors.ts';
import type { LedgerStorage } from '../zstack/ledger.ts';
import { sendLogoutAsPageCloses, tellNodeSignedOut } from './logout.ts';
import { breathe } from '../lib/main-thread.ts';

const KEY = SESSION_KEY;
/** ZStack's built-in admin account (docs/zstack-protocol.md#sign-in); it sees every account's resources. */
export const ADMIN_ACCOUNT_UUID = '36c27e8ff05c4780bf6d2fa65700f22e';

const storedSchema = v.object({
  uuid: v.string(),
  accountUuid: v.string(),
  accountName: v.string(),
  isAdmin: v.boolean(),
  offsetMinutes: v.optional(v.number()),
  offsetConfigured: v.optional(v.boolean()),
});
export type StoredSession = v.InferOutput<typeof storedSchema>;

export type OffsetSource = 'browser' | 'learned' | 'configured';

/** Why the session changed; `renewed`: the same account signed in again in place (its paused runs go on). */
export type ResetReason = 'sign-in' | 'sign-out' | 'expired' | 'renewed';

/**
 * What queries need: the client, and the scope their keys start with: the account, as in the job ledger. Data of
 * one account never matches a key of another; a sign-out or another person's sign-in drops the cache anyway (App),
 * so a key never outlives the desk it was fetched on. The same account signing in again in place keeps its keys,
 * so the page under a waiting action stays mounted and the action can go on.
 */
export interface Api {
  client: ZStackClient;
  scope: string;
}

/** The first part of every query key: data fetched under one session never matches a key of another. */
export const scopeKey = (api: Api) => [api.scope] as const;

export interface SessionSnapshot {
  session: StoredSession | undefined;
  /** Set when ZStack said ID.1001; cleared by the next sign-in. */
  expired: boolean;
  /** Someone signed out on purpose: the sign-in page must not lead the next person back to their page. */
  signedOut: boolean;
  /** The logout never reached the node: the session stays valid there until it times out. Cleared by sign-in. */
  logoutUnconfirmed: boolean;
  offset: { minutes: number; source: OffsetSource };
  api: Api;
}

export interface SessionStoreOptions {
  /** sessionStorage in the browser (per tab); omitted in tests that want nothing kept. */
  storage?: LedgerStorage | undefined;
  client?: Omit<ClientConfig, 'getSession' | 'onSessionInvalid' | 'getAccount' | 'ledgerStorage'>;
}

function readStored(storage: LedgerStorage | undefined): StoredSession | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const parsed = v.safeParse(storedSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

export class SessionStore {
  readonly client: ZStackClient;
  readonly #storage: LedgerStorage | undefined;
  readonly #listeners = new Set<() => void>();
  readonly #resetHooks = new Set<(reason: ResetReason) => void>();
  /** Sessions signed out here that the node has not confirmed yet. */
  readonly #unconfirmedLogouts = new Set<string>();
  #snapshot: SessionSnapshot;

  constructor(options: SessionStoreOptions = {}) {
    this.#storage = options.storage;
    this.client = new ZStackClient({
      ...options.client,
      getSession: () => this.#snapshot.session?.uuid,
      getAccount: () => this.#snapshot.session?.accountUuid ?? '',
      onSessionInvalid: () => this.expire(),
      ledgerStorage: options.storage,
      early: { note: noteStartupRequest, take: takeEarlyAnswer },
      pause: breathe,
    });
    this.#snapshot = this.#make(readStored(this.#storage), false, false);
  }

  get = (): SessionSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Runs before anyone renders the next session: the place to drop cached data of the previous one. */
  onReset(hook: (reason: ResetReason) => void): () => void {
    this.#resetHooks.add(hook);
    return () => this.#resetHooks.delete(hook);
  }

  signIn = async (accountName: string, password: string): Promise<StoredSession> => {
    // Whatever the last person left behind goes before anything of the new session is fetched.
    this.#reset('sign-in', undefined, false);
    const session = await this.#logIn(accountName, password);
    this.#reset('sign-in', session, false);
    return session;
  };

  /**
   * Sign-in in place, where the session ended under a page (a gateway's 401, an idle timeout): the same account
   * keeps its page and its data (refreshed), and its paused runs and actions go on ('renewed'); another account
   * is a new desk ('sign-in').
   */
  signInAgain = async (accountName: string, password: string): Promise<StoredSession> => {
    const before = this.#snapshot.session?.accountUuid;
    const session = await this.#logIn(accountName, password);
    this.#reset(session.accountUuid === before ? 'renewed' : 'sign-in', session, false);
    return session;
  };

  async #logIn(accountName: string, password: string): Promise<StoredSession> {
    const inventory = await logIn(this.client, accountName, password);
    const learned = inventory.createDate ? learnServerUtcOffset(inventory.createDate) : undefined;
    let isAdmin = inventory.accountUuid === ADMIN_ACCOUNT_UUID;
    let name = accountName;
    // The account's own record tells whether it is a SystemAdmin; a server that refuses this still lets us in.
    try {
      // Bounded: a server that does not answer this optional call must not hold up signing in.
      const account = await getOne(
        this.client.withSession(inventory.uuid),
        'accounts',
        inventory.accountUuid,
        AbortSignal.timeout(5000),
      );
      if (account?.type) isAdmin = account.type === 'SystemAdmin' || isAdmin;
      if (account?.name) name = account.name;
    } catch (e) {
      if (!isZStackError(e)) throw e;
    }
    return {
      uuid: inventory.uuid,
      accountUuid: inventory.accountUuid,
      accountName: name,
      isAdmin,
      ...(learned === undefined ? {} : { offsetMinutes: learned }),
    };
  }

  /** Forgets the session at once (a shared desk), then tells the node; false when it could not be told. */
  signOut = async (): Promise<boolean> => {
    const uuid = this.#snapshot.session?.uuid;
    this.#reset('sign-out', undefined, false);
    if (!uuid) return true;
    const signedOut = this.#snapshot;
    this.#unconfirmedLogouts.add(uuid);
    const told = await tellNodeSignedOut(this.client, uuid);
    this.#unconfirmedLogouts.delete(uuid);
    // Only onto the sign-in page this sign-out led to: someone who signed in since must not see it.
    if (!told && this.#snapshot === signedOut) this.#set({ ...signedOut, logoutUnconfirmed: true });
    return told;
  };

  /** The tab is going away (pagehide): logouts still waiting for a retry go out now, with keepalive. */
  pageClosing = (): void => {
    for (const uuid of this.#unconfirmedLogouts) sendLogoutAsPageCloses(this.client, uuid);
  };

  /** ZStack rejected the session: forget it once, however many calls failed at the same time. */
  expire = (): void => {
    if (this.#snapshot.session) this.#reset('expired', undefined, true);
  };

  /** Overrides the learned UTC offset of the management node for this tab (settings page). */
  configureOffset = (minutes: number): void => {
    const { session } = this.#snapshot;
    if (!session) return;
    this.#set(this.#make({ ...session, offsetMinutes: minutes, offsetConfigured: true }, false, false));
  };

  /** A time ZStack sent, as an instant in the node's zone. */
  toDate = (time: ServerTime | undefined): Date | undefined => time?.toDate(this.#snapshot.offset.minutes);

  #make(session: StoredSession | undefined, expired: boolean, signedOut: boolean): SessionSnapshot {
    const learned = session?.offsetMinutes;
    return {
      session,
      expired,
      signedOut,
      logoutUnconfirmed: false,
      offset:
        learned === undefined
          ? { minutes: browserUtcOffset(), source: 'browser' }
          : { minutes: learned, source: session?.offsetConfigured ? 'configured' : 'learned' },
      api: { client: this.client, scope: session?.accountUuid ?? '' },
    };
  }

  #reset(reason: ResetReason, session: StoredSession | undefined, expired: boolean) {
    // Unsettled job ids are kept per account across an expiry (the same person signs in again and retries);
    // signing out ends them.
    if (reason === 'sign-out') this.client.ledger.clear();
    // The same account signing in again in place keeps its page; anyone else starts without its addresses.
    if (reason !== 'renewed') forgetNotedRequests();
    for (const hook of this.#resetHooks) hook(reason);
    this.#set(this.#make(session, expired, reason === 'sign-out'));
  }

  #set(next: SessionSnapshot): void {
    this.#snapshot = next;
    try {
      if (next.session) this.#storage?.setItem(KEY, JSON.stringify(next.session));
      else this.#storage?.removeItem(KEY);
    } catch {
      // Storage blocked: the session lives for this page only.
    }
    for (const listener of this.#listeners) listener();
  }
}

const SessionContext = createContext<SessionStore | undefined>(undefined);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return createElement(SessionContext.Provider, { value: store }, children);
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession needs a <SessionProvider>');
  return store;
}

/** The session of this tab: who is signed in, the client and query scope, and what can be done with it. */
export function useSession(): SessionSnapshot & { store: SessionStore } {
  const store = useSessionStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { ...snapshot, store };
}

/** Shorthand for the query factories: `useQuery(vmQueries.list(useApi(), params))`. */
export function useApi(): Api {
  return useSession().api;
}

/** Turns times ZStack sent into instants, with the node's offset; re-renders when the offset changes. */
export function useServerDate(): (time: ServerTime | undefined) => Date | undefined {
  const { offset } = useSession();
  return useCallback((time) => time?.toDate(offset.minutes), [offset.minutes]);
}
