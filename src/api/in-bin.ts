// What a resource's own page says while it is in a recycle bin: whose it is, who deleted it and when ZStack's
// expunge task takes it, with the same answers the bins give (one owner query, the audit log, the kind's policy).
import { useQuery } from '@tanstack/react-query';
import type { ServerTime } from '../zstack/dates.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import { type Companion, type DeletionAnswer, useDeletions } from './audit.ts';
import { type ExpungeInfo, expungeInfo } from './expunge-time.ts';
import { useNodeNow } from './node-clock.ts';
import { ownerQueries } from './resources.ts';
import { retentionQueries } from './retention.ts';
import { usePause } from './retention-pause.ts';
import { useServerDate, useSession } from './session.ts';

export interface InBin {
  /** The resource, whose deletion event "deleted by" links to. */
  uuid: string;
  /** The owning account's name; 'other' when a normal account reads a resource of another account (a public
   * image): it gets back only its own ownership records. Undefined while loading. */
  owner: { name: string } | 'other' | undefined;
  deletedBy: DeletionAnswer;
  /** Whether the node keeps an audit log ('absent': not this edition; 'denied': not for this account). */
  audit: 'present' | 'denied' | 'absent' | undefined;
  /** On the node's clock; 'never' says whether automatic expunging is paused (kept until resumed). */
  expunge: ExpungeInfo | { kind: 'never'; paused: boolean };
}

export function useInBin(
  kind: ResourceKind,
  uuid: string,
  deletedAt: ServerTime | undefined,
  companions?: readonly Companion[],
): InBin {
  const { api, session } = useSession();
  const toDate = useServerDate();
  const ref = useQuery(ownerQueries.account(api, uuid));
  const policy = useQuery(retentionQueries.policy(api, kind));
  const deletions = useDeletions(api, kind, [uuid], !!session?.isAdmin, companions);
  const now = useNodeNow(60_000);
  const paused = usePause().paused.includes(kind);
  const expunge = expungeInfo(toDate(deletedAt), policy.data, now);
  let owner: InBin['owner'];
  if (ref.isSuccess) {
    if (ref.data) owner = { name: ref.data.name };
    // No record: ZStack counts it as the admin's; a normal account cannot tell whose it is.
    else owner = session?.isAdmin ? { name: session.accountName } : 'other';
  }
  return {
    uuid,
    owner,
    deletedBy: deletions.of(uuid),
    audit: deletions.support,
    expunge: expunge.kind === 'never' ? { kind: 'never', paused } : expunge,
  };
}
