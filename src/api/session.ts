// The signed-in session, per browser tab (sessionStorage), and the one ZStack client that uses it.
import { useSyncExternalStore } from 'react';
import * as v from 'valibot';
import { ZStackClient } from '../zstack/client.ts';
import { learnServerUtcOffset, setServerUtcOffset } from '../zstack/dates.ts';
import { getOne, logIn, logOut } from '../zstack/endpoints.ts';
import { isZStackError } from '../zstack/errors.ts';

const KEY = 'zstack-console.session';
/** ZStack's built-in admin account (§1.1); it bypasses the per-account query filter (§9). */
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

export interface SessionState {
  session: StoredSession | undefined;
  /** Set when ZStack said ID.1001; cleared by the next sign-in. */
  expired: boolean;
}

function read(): StoredSession | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const parsed = v.safeParse(storedSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

let state: SessionState = { session: read(), expired: false };
if (state.session?.offsetMinutes !== undefined) {
  setServerUtcOffset(state.session.offsetMinutes, state.session.offsetConfigured ? 'configured' : 'learned');
}
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  if (next.session) sessionStorage.setItem(KEY, JSON.stringify(next.session));
  else sessionStorage.removeItem(KEY);
  for (const l of listeners) l();
}

export const sessionStore = {
  get: (): SessionState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set: (session: StoredSession): void => {
    setState({ session, expired: false });
  },
  /** ZStack rejected the session: forget it once, however many calls failed at the same time. */
  expire: (): void => {
    if (state.session) setState({ session: undefined, expired: true });
  },
  clear: (): void => {
    setState({ session: undefined, expired: false });
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

export const zstack = new ZStackClient({
  getSession: () => state.session?.uuid,
  onSessionInvalid: () => sessionStore.expire(),
});

export async function signIn(accountName: string, password: string): Promise<StoredSession> {
  const inventory = await logIn(zstack, accountName, password);
  const learned = inventory.createDate ? learnServerUtcOffset(inventory.createDate) : undefined;
  if (learned !== undefined) setServerUtcOffset(learned, 'learned');
  let isAdmin = inventory.accountUuid === ADMIN_ACCOUNT_UUID;
  let name = accountName;
  // The account's own record tells whether it is a SystemAdmin; a server that refuses this still lets us in.
  try {
    // Bounded: a server that does not answer this optional call must not hold up signing in.
    const account = await getOne(
      zstack.withSession(inventory.uuid),
      'accounts',
      inventory.accountUuid,
      AbortSignal.timeout(5000),
    );
    if (account?.type) isAdmin = account.type === 'SystemAdmin' || isAdmin;
    if (account?.name) name = account.name;
  } catch (e) {
    if (!isZStackError(e)) throw e;
  }
  const session: StoredSession = {
    uuid: inventory.uuid,
    accountUuid: inventory.accountUuid,
    accountName: name,
    isAdmin,
    ...(learned === undefined ? {} : { offsetMinutes: learned }),
  };
  sessionStore.set(session);
  return session;
}

export async function signOut(): Promise<void> {
  const uuid = state.session?.uuid;
  sessionStore.clear();
  // Logging out is best effort: the session is forgotten here whatever ZStack answers.
  if (uuid) await logOut(zstack, uuid).catch(() => undefined);
}

export { getServerUtcOffset as serverOffset } from '../zstack/dates.ts';

/** Overrides the learned UTC offset of the management node (settings page). */
export function configureServerOffset(minutes: number): void {
  setServerUtcOffset(minutes, 'configured');
  if (state.session)
    setState({ ...state, session: { ...state.session, offsetMinutes: minutes, offsetConfigured: true } });
}
