// Telling the management node that a session ended. ZStack's logout answers success even for a session it no
// longer knows (AccountManagerImpl.handle(APILogOutMsg)), so only a lost or unreadable answer is worth sending
// again; an error in ZStack's own words will not change by asking twice.
import type { ZStackClient } from '../zstack/client.ts';
import { logOut } from '../zstack/endpoints.ts';
import { isZStackError, SESSION_INVALID } from '../zstack/errors.ts';

/** Waits before the 2nd, 3rd and 4th attempt: about 7 s in all, then the user is told. */
export const LOGOUT_BACKOFF_MS = [1000, 2000, 4000] as const;

type Outcome = 'told' | 'retry' | 'failed';

async function attempt(client: ZStackClient, uuid: string): Promise<Outcome> {
  try {
    // keepalive: an attempt in flight still reaches the node when the tab closes right after "Sign out".
    await logOut(client, uuid, { keepalive: true });
    return 'told';
  } catch (e) {
    if (!isZStackError(e) || e.kind !== 'api') return 'retry';
    // ID.1001: the node no longer knows the session, which is what signing out wants.
    return e.errorCode.code === SESSION_INVALID ? 'told' : 'failed';
  }
}

/** Sends the logout until the node answers; false when it could not be told (the session lives on there). */
export async function tellNodeSignedOut(client: ZStackClient, uuid: string): Promise<boolean> {
  for (let i = 0; ; i += 1) {
    const outcome = await attempt(client, uuid);
    if (outcome !== 'retry') return outcome === 'told';
    const wait = LOGOUT_BACKOFF_MS[i];
    if (wait === undefined) return false;
    await client.clock.sleep(wait);
  }
}

/** One last attempt as the page goes away (pagehide); the browser may keep it going after the tab is gone. */
export function sendLogoutAsPageCloses(client: ZStackClient, uuid: string): void {
  logOut(client, uuid, { keepalive: true }).catch(() => undefined);
}
