import type { Prng } from '../prng.ts';
import type { Store } from '../store/store.ts';

/** AccountResourceRefVO for a seeded row: the owner with write permission, not shared. */
export function addOwnerRef(
  store: Store,
  rng: Prng,
  resourceUuid: string,
  resourceType: string,
  owner: string,
  date: number,
): void {
  store.addRef({
    uuid: rng.uuid(),
    accountUuid: owner,
    ownerAccountUuid: owner,
    resourceUuid,
    resourceType,
    permission: 2,
    isShared: false,
    createDate: date,
    lastOpDate: date,
  });
}
