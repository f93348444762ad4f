import type { Prng } from '../prng.ts';
import type { Operator } from '../store/scenario-facts.ts';
import { toJson, type JsonObject } from '../store/gson.ts';
import type { AuditRec } from '../store/records-identity.ts';
import type { ImageRec } from '../store/records-storage.ts';
import type { VmRec } from '../store/records.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import type { Infra } from './infra.ts';

/** One API call on a resource before the snapshot, for its audit row. */
type SeededCall = {
  /** The API class below org.zstack.header, e.g. `vm.APIStartVmInstanceMsg`. */
  api: string;
  resourceType: string;
  resourceUuid: string;
  resourceName: string;
  owner: string;
  /** When the row changed (its lastOpDate), epoch ms. */
  at: number;
  request: JsonObject;
  operator?: Operator;
};

/** A seeded call that deleted something (the recycle bin's rows and the audit trail of the incident). */
export type SeededDeletion = SeededCall & {
  api:
    | 'vm.APIDestroyVmInstanceMsg'
    | 'volume.APIDeleteDataVolumeMsg'
    | 'image.APIDeleteImageMsg'
    | 'volume.APIExpungeDataVolumeMsg';
};

// client addresses and browsers of the seeded operators (private addresses: data, not infrastructure)
const CLIENTS: Record<Operator, { ip: string; browser: string }> = {
  admin: {
    ip: '10.10.0.8',
    browser:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  },
  alice: {
    ip: '10.20.5.23',
    browser:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  },
  bob: {
    ip: '10.20.7.41',
    browser: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  },
  carol: {
    ip: '10.20.9.12',
    browser:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  },
  'ops-script': { ip: '10.10.3.15', browser: 'python-requests/2.31.0' },
};

/** Named VMs whose destroyer the README states. */
const VM_OPERATORS: Record<string, Operator> = {
  'web-01': 'alice',
  'legacy-db-01': 'admin',
  'ci-runner-07': 'ops-script',
  'gpu-train-02': 'admin',
  'carol-build-03': 'carol',
};

/**
 * The audit trail of every seeded deletion: one DestroyVmInstance row per Destroyed user VM (data volumes
 * deleted with a VM were part of that call), plus the DeleteDataVolume and DeleteImage calls the volume and
 * image seeds made. Normal accounts mostly delete their own resources; the admin or ops-script the rest.
 */
export function seedAudits(
  store: Store,
  rng: Prng,
  infra: Infra,
  deletions: readonly SeededDeletion[],
): void {
  const nameOf = new Map<string, Operator>([
    [infra.accounts.alice, 'alice'],
    [infra.accounts.bob, 'bob'],
    [infra.accounts.carol, 'carol'],
  ]);
  const accountOf = (op: Operator): string => [...nameOf].find(([, name]) => name === op)?.[0] ?? ADMIN_UUID;
  const names = new Map([...store.scenarioVms].map(([name, uuid]) => [uuid, name]));
  const vmDeletions: SeededDeletion[] = [...store.vms.values()]
    .filter((vm) => vm.state === 'Destroyed' && vm.type === 'UserVm')
    .map((vm) => {
      const fixed = VM_OPERATORS[names.get(vm.uuid) ?? ''];
      return { ...destroyCall(store, vm), ...(fixed ? { operator: fixed } : {}) };
    });
  const rows: Omit<AuditRec, 'id'>[] = [...vmDeletions, ...deletions].map((d) => {
    const own = nameOf.get(d.owner);
    const operator: Operator =
      d.operator ??
      (own !== undefined
        ? own === 'carol' || rng.chance(0.75)
          ? own
          : 'admin'
        : rng.chance(0.6)
          ? 'admin'
          : 'ops-script');
    return auditRow(rng, d, operator, accountOf(operator));
  });
  mergeAudits(store, rows);
}

/**
 * The AuditsVO row of one seeded call by `operator` (acting in `operatorAccountUuid`), from the operator's own
 * client; `clientIp` overrides that address (the same user on another machine).
 */
export function auditRow(
  rng: Prng,
  d: SeededCall,
  operator: Operator,
  operatorAccountUuid: string,
  clientIp?: string,
): Omit<AuditRec, 'id'> {
  const client = CLIENTS[operator];
  const duration = rng.int(180, 2600);
  // the row is written just after the database change that stamped lastOpDate
  const createTime = d.at + rng.int(40, 900);
  const apiName = `org.zstack.header.${d.api}`;
  return {
    createTime,
    startTime: createTime - duration,
    apiName,
    clientBrowser: client.browser,
    clientIp: clientIp ?? client.ip,
    duration,
    operator,
    requestDump: toJson({ [apiName]: d.request }, false),
    resourceUuid: d.resourceUuid,
    requestUuid: rng.uuid(),
    operatorAccountUuid,
    responseDump: '{}',
    success: true,
    resourceType: d.resourceType,
    responseUuid: rng.uuid(),
    resourceName: d.resourceName,
  };
}

/** Adds seeded rows to the trail: ids are renumbered in time order, as the node writes them. */
export function mergeAudits(store: Store, rows: readonly Omit<AuditRec, 'id'>[]): void {
  const all = [...store.audits, ...rows.map((r) => ({ id: 0, ...r }))];
  all.sort((a, b) => a.createTime - b.createTime);
  store.audits = all.map((r, i) => ({ ...r, id: i + 1 }));
}

export function destroyCall(store: Store, vm: VmRec): SeededDeletion {
  return {
    api: 'vm.APIDestroyVmInstanceMsg',
    resourceType: 'VmInstanceVO',
    resourceUuid: vm.uuid,
    resourceName: vm.name,
    owner: store.ownerOf(vm.uuid) ?? ADMIN_UUID,
    at: vm.lastOpDate,
    request: { uuid: vm.uuid, deleteMode: 'Permissive' },
  };
}

export function deleteVolumeCall(
  v: { uuid: string; name: string },
  owner: string,
  at: number,
): SeededDeletion {
  return {
    api: 'volume.APIDeleteDataVolumeMsg',
    resourceType: 'VolumeVO',
    resourceUuid: v.uuid,
    resourceName: v.name,
    owner,
    at,
    request: { uuid: v.uuid, deleteMode: 'Permissive' },
  };
}

export function deleteImageCall(image: ImageRec, owner: string): SeededDeletion {
  return {
    api: 'image.APIDeleteImageMsg',
    resourceType: 'ImageVO',
    resourceUuid: image.uuid,
    resourceName: image.name,
    owner,
    at: image.lastOpDate,
    request: { uuid: image.uuid, deleteMode: 'Permissive' },
  };
}

export function expungeCall(v: { uuid: string; name: string }, owner: string, at: number): SeededDeletion {
  return {
    api: 'volume.APIExpungeDataVolumeMsg',
    resourceType: 'VolumeVO',
    resourceUuid: v.uuid,
    resourceName: v.name,
    owner,
    at,
    request: { uuid: v.uuid },
  };
}
