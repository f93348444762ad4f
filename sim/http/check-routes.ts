import { isAdmin, isError, type Caller } from '../ops/context.ts';
import { quotaUsages } from '../ops/quotas.ts';
import { checkIpAvailability } from '../ops/static-ip.ts';
import { notFound, notOwner } from '../store/error-codes.ts';
import type { JsonObject } from '../store/gson.ts';
import { json } from './replies.ts';
import { seg, type Route, type RouteCtx } from './route.ts';
import { syncSession } from './sessions.ts';

/**
 * The read-only checks a restore plan makes (docs/zstack-protocol.md#checking-a-restore): quota usage and IP
 * availability. Both are sync APIs: the header (400 text), then the session (503 ID.1001), then the answer.
 */
export function checkRoutes(rc: RouteCtx): Route[] {
  const { core } = rc.call;
  const sync = (answer: (caller: Caller) => JsonObject | ReturnType<typeof notFound>): Response => {
    const session = syncSession(core.sessions, rc.call.request.headers);
    if (session instanceof Response) return session;
    const body = answer({ accountUuid: session.accountUuid });
    return isError(body) ? json(503, { error: body }, false) : json(200, body, true);
  };
  return [
    {
      // APIGetAccountQuotaUsageMsg: `uuid` is an operation target (checkAccount), so a normal account reads only its
      // own; APIGetAccountQuotaUsageReply is @RestResponse(allTo = "usages")
      pattern: new RegExp(`^/v1/accounts/quota/${seg}/usages$`),
      methods: {
        GET: ([uuid = '']) =>
          sync((caller) => {
            if (!core.store.accounts.has(uuid)) return notFound(uuid, 'AccountVO');
            if (!isAdmin(caller) && caller.accountUuid !== uuid)
              return notOwner(caller.accountUuid, uuid, 'AccountVO');
            return { usages: quotaUsages(core.ctx(), uuid) };
          }),
      },
    },
    {
      // APICheckIpAvailabilityMsg, @RestResponse(fieldsTo = "all"): {available, reason}
      pattern: new RegExp(`^/v1/l3-networks/${seg}/ip/${seg}/availability$`),
      methods: {
        GET: ([l3 = '', ip = '']) =>
          sync(() => {
            const r = checkIpAvailability(core.ctx(), l3, ip);
            return isError(r) ? r : { available: r.available, reason: r.reason };
          }),
      },
    },
  ];
}
