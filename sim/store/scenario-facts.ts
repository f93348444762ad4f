// What the opt-in scenarios seeded, kept on the store (Store.opsScript) for tests and GET /zstack/__sim/info. The
// types live here, beside the store, so the store does not import the seed code that fills them.

/** Who the seeded audit rows name as the operator. */
export type Operator = 'admin' | 'alice' | 'bob' | 'carol' | 'ops-script';

/** Another operator's deletions near the incident: a separate event, by operator and by account. */
export type OtherEvent = {
  operator: Operator;
  clientIp: string;
  accountUuid: string;
  /** What it deleted, in order. */
  resources: string[];
  /** Epoch ms of its first and last deletion. */
  firstDeletion: number;
  lastDeletion: number;
};

/** What the scenario made, for tests and GET /zstack/__sim/info (`opsScript`). */
export type OpsScriptFacts = {
  projectAccountUuid: string;
  operator: Operator;
  clientIp: string;
  /** Epoch ms of the first and the last deletion of the incident (the DB stamps, lastOpDate). */
  firstDeletion: number;
  lastDeletion: number;
  /** The 30 destroyed VMs, the 23 data volumes still in the bin, the 2 deleted images. */
  vms: string[];
  volumes: string[];
  images: string[];
  /** Deleted with its VM, then expunged by the admin: gone from the node, only its audit row is left. */
  expungedVolume: { uuid: string; name: string; lastVmInstanceUuid: string };
  /** carol's VM in the project: carol is at her vm.totalNum. */
  quotaVm: string;
  /** Its root volume is on local storage whose host was deleted. */
  localStorageVm: string;
  /** Destroyed; a live VM of the same name (`liveNamesake`) was created after the incident. */
  nameTakenVm: string;
  liveNamesake: string;
  /** Two other operators' deletions in the same hour. */
  otherEvents: OtherEvent[];
};
