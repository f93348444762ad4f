// Where every query and mutation key of a resource kind starts: the session's scope (data fetched under one
// session never paints another), then the kind. vms.ts, volumes.ts and images.ts build their factories on these;
// the bulk-run provider, on the first paint, names a kind's keys from here without loading those modules.
import type { ResourceKind } from '../zstack/inventories.ts';
import { type Api, scopeKey } from './session.ts';

const ROOT = { vm: 'vms', volume: 'volumes', image: 'images' } as const satisfies Record<
  ResourceKind,
  string
>;

/** Everything cached of one kind. */
export const kindKey = <K extends ResourceKind>(api: Api, kind: K) => [...scopeKey(api), ROOT[kind]] as const;

/** The mutations of one action on one kind (every recovery of a data volume, say). */
export const mutationKey = <K extends ResourceKind, A extends string>(api: Api, kind: K, action: A) =>
  [...kindKey(api, kind), action] as const;

/** Is one resource still where a dialog found it? Outside the kind's keys on purpose, so the invalidations that
 * follow an action do not ask again behind the dialog (use-whereabouts.ts). */
export const whereaboutsKey = <K extends ResourceKind>(api: Api, kind: K, uuid: string) =>
  [...scopeKey(api), 'whereabouts', ROOT[kind], uuid] as const;
