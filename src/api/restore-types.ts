// The shapes of a restore plan: the facts read before it (restore-facts.ts) and what the plan says about each item
// (restore-plan.ts). Types only, apart from one rule both sides share (which names can be asked in a batch).
import type { ResourceKind } from '../zstack/inventories.ts';

/** Deleted items by kind, by uuid: what a plan is asked about (the same shape as the page's address). */
export type Selection = Record<ResourceKind, readonly string[]>;

/**
 * Whether a name can go into one batched `name?=a,b` condition: ZStack splits the list at commas and reads the
 * first operator in the text, with no escaping (docs/zstack-protocol.md#query-conditions).
 */
export function batchableName(name: string): boolean {
  return name !== '' && !/[,=<>~]|\bis null\b|\bnot null\b/iu.test(name);
}

export interface QuotaCount {
  total: number;
  used: number;
}

/** The facts of one account's quotas; `undefined` fields could not be read. */
export interface AccountQuota {
  name: string;
  vmTotal?: QuotaCount | undefined;
  dataVolumes?: QuotaCount | undefined;
}

export interface PlanStorage {
  name: string;
  type?: string | undefined;
  state?: string | undefined;
  status?: string | undefined;
}

export interface FactVm {
  uuid: string;
  name: string;
  state: string | undefined;
  /** The primary storage of its root volume. */
  rootStorage: string | undefined;
  /** Its root volume is on local storage and no host holds it any more (LocalStorageFactory.preRecoverVm). */
  hostGone: boolean | undefined;
  /** The L3 networks of its NICs, where an old IP can be asked back. */
  l3Networks: string[];
}

export interface FactVolume {
  uuid: string;
  name: string;
  status: string | undefined;
  owner: string | undefined;
  storage: string | undefined;
  /** The VM it was last attached to. */
  lastVm: string | undefined;
  /** Found through its VM (deleted together with a VM of the plan) rather than asked for. */
  withVm: boolean;
}

export interface FactImage {
  uuid: string;
  name: string;
  status: string | undefined;
  /** Its backup storages where it is Deleted, and whether each one still exists. */
  deletedOn: { uuid: string; exists: boolean | undefined }[];
}

/** What the read-only calls found. `undefined` anywhere means "could not be read": the plan says so. */
export interface PlanFacts {
  caller: { accountUuid: string; isAdmin: boolean };
  vms: FactVm[];
  volumes: FactVolume[];
  images: FactImage[];
  /** Asked for, but not found: expunged, or not visible to this account. */
  missing: { kind: ResourceKind; uuid: string }[];
  /** Quotas by account uuid (normal accounts only: an admin skips quotas). */
  quotas: ReadonlyMap<string, AccountQuota>;
  storages: ReadonlyMap<string, PlanStorage> | undefined;
  /** Live (not Destroyed) VMs by lower-case name: how many carry it. */
  liveNames: ReadonlyMap<string, number> | undefined;
  /** VMs outside the plan that data volumes were last attached to, with their state; absent: gone. */
  otherVms: ReadonlyMap<string, { name: string; state: string | undefined }> | undefined;
}

export type Severity = 'fails' | 'partial' | 'note' | 'unknown';

/** One finding about an item: the rule, its numbers, and (in the catalogs) what to do. */
export type Mark =
  | {
      rule: 'quota-vm' | 'quota-volume';
      severity: 'fails';
      account: string;
      total: number;
      used: number;
      asked: number;
      failing: number;
    }
  | { rule: 'quota-unknown'; severity: 'unknown'; quota: 'vm.totalNum' | 'volume.data.num' }
  | { rule: 'host-gone'; severity: 'fails'; storage: string }
  | { rule: 'storage-unavailable'; severity: 'partial'; storage: string; status: string; state: string }
  | { rule: 'name-taken'; severity: 'note'; name: string; count: number }
  | {
      rule: 'stays-detached';
      severity: 'partial';
      vm: string;
      why: 'gone' | 'state' | 'left-out' | 'fails';
      state?: string | undefined;
    }
  | { rule: 'backup-storage-gone'; severity: 'fails' | 'partial'; gone: number; of: number }
  | { rule: 'not-deleted'; severity: 'fails'; state: string }
  | { rule: 'not-found'; severity: 'fails' }
  | { rule: 'check-failed'; severity: 'unknown'; check: 'storage' | 'names' | 'vms' | 'local-storage' };

export interface PlanItem {
  kind: ResourceKind;
  uuid: string;
  name: string;
  marks: Mark[];
  /** A data volume goes back on this VM (recovered in the run, or live and able to take it). */
  attachTo?: string | undefined;
  /** For a VM: where an old IP can be asked back. */
  l3Networks?: string[] | undefined;
  /** The recovery itself will fail, whatever else is chosen: left out until the user puts it back. */
  certainFailure: boolean;
}

export interface Plan {
  items: PlanItem[];
  /** Included items whose recovery is expected to fail, by rule. */
  failing: number;
}
