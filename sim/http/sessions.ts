import type { SimClock } from '../clock.ts';
import { err, invalidSession, type ErrorCode } from '../store/error-codes.ts';
import type { SessionRec } from '../store/records-identity.ts';
import type { Store } from '../store/store.ts';
import { json, text } from './replies.ts';

/** Session table with ZStack's sliding expiry (AuthorizationManager renews on every authenticated call). */
export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly clock: SimClock,
    private readonly newUuid: () => string,
  ) {}

  private timeoutMs(): number {
    return Number(this.store.configValue('identity', 'session.timeout') || '7200') * 1000;
  }

  login(accountName: string, password: string): SessionRec | ErrorCode {
    const account = [...this.store.accounts.values()].find((a) => a.name === accountName);
    // the stored column is the SHA-512 hex, compared as-is with what the client sent
    if (!account || account.passwordHash !== password)
      return err('ID.1000', 'wrong account name or password');
    const now = this.clock.stamp();
    this.purgeExpired(now);
    const max = Number(this.store.configValue('identity', 'session.maxConcurrent') || '500');
    const live = [...this.store.sessions.values()].filter((s) => s.userUuid === account.uuid).length;
    if (live >= max)
      return err('ID.1006', 'Login sessions hit limit of max allowed concurrent login sessions');
    const s: SessionRec = {
      uuid: this.newUuid(),
      accountUuid: account.uuid,
      userUuid: account.uuid,
      userType: 'AccountVO',
      createDate: now,
      expiredDate: now + this.timeoutMs(),
    };
    this.store.sessions.set(s.uuid, s);
    return s;
  }

  /** Looks the session up and slides its expiry; undefined = invalid or expired (ID.1001). */
  evaluate(uuid: string): SessionRec | undefined {
    const s = this.peek(uuid);
    if (s) s.expiredDate = this.clock.stamp() + this.timeoutMs();
    return s;
  }

  /** Validity without side effects (APIValidateSessionMsg). */
  peek(uuid: string): SessionRec | undefined {
    const s = this.store.sessions.get(uuid);
    if (!s) return undefined;
    if (s.expiredDate <= this.clock.now()) {
      this.store.sessions.delete(uuid);
      return undefined;
    }
    return s;
  }

  logout(uuid: string): void {
    this.store.sessions.delete(uuid);
  }

  renew(uuid: string, durationSec: number): SessionRec | undefined {
    const s = this.peek(uuid);
    if (s) s.expiredDate = this.clock.stamp() + durationSec * 1000;
    return s;
  }

  expireAll(): number {
    const n = this.store.sessions.size;
    this.store.sessions.clear();
    return n;
  }

  private purgeExpired(now: number): void {
    for (const [id, s] of this.store.sessions) if (s.expiredDate <= now) this.store.sessions.delete(id);
  }
}

/** RestServer.handleApi header parsing: problems are plain-text 400s, the session itself is checked later. */
export function sessionIdFromHeaders(headers: Headers): { sessionId: string } | { badRequest: string } {
  const raw = headers.get('authorization');
  if (raw === null) return { badRequest: "missing header 'Authorization'" };
  const auth = raw.trim();
  if (!auth.startsWith('OAuth')) return { badRequest: "Authorization type must be 'OAuth'" };
  return { sessionId: auth.replace('OAuth', '').trim() };
}

/**
 * A sync API's authentication: the header (400 text), then the session (503 ID.1001; sync error bodies go through
 * JSONObjectUtil, which does not HTML-escape). The caller's session, or the answer that ends the call.
 */
export function syncSession(sessions: Sessions, headers: Headers): SessionRec | Response {
  const auth = sessionIdFromHeaders(headers);
  if ('badRequest' in auth) return text(400, auth.badRequest);
  return sessions.evaluate(auth.sessionId) ?? json(503, { error: invalidSession() }, false);
}
