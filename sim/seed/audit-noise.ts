import type { Prng } from '../prng.ts';
import type { AuditRec } from '../store/records-identity.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import type { Operator } from '../store/scenario-facts.ts';
import { auditRow, mergeAudits } from './audits.ts';
import { DAY } from './timeline.ts';

/** Everyday calls on VMs: the bulk of a real audit log, none of them a deletion. */
const APIS = [
  'vm.APIStartVmInstanceMsg',
  'vm.APIStopVmInstanceMsg',
  'vm.APIRebootVmInstanceMsg',
  'vm.APIUpdateVmInstanceMsg',
  'vm.APIMigrateVmMsg',
] as const;
const OPERATORS: readonly Operator[] = ['admin', 'alice', 'bob', 'ops-script'];

/**
 * SIM_EXTRA_AUDITS=n: n more audit rows of other API calls on live VMs over the last week, so the audit log has
 * the size of a busy node's (a deletion view must filter it on the server). Ids are renumbered in time order.
 */
export function seedAuditNoise(store: Store, rng: Prng, count: number, start: number): void {
  const vms = [...store.vms.values()].filter((v) => v.state !== 'Destroyed' && v.type === 'UserVm');
  if (vms.length === 0 || count <= 0) return;
  const accounts = new Map([...store.accounts.values()].map((a) => [a.name, a.uuid]));
  const rows: Omit<AuditRec, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const vm = rng.pick(vms);
    const operator = rng.pick(OPERATORS);
    const api = rng.pick(APIS);
    const call = {
      api,
      resourceType: 'VmInstanceVO',
      resourceUuid: vm.uuid,
      resourceName: vm.name,
      owner: store.ownerOf(vm.uuid) ?? ADMIN_UUID,
      at: Math.floor((start - rng.int(60_000, 7 * DAY)) / 1000) * 1000,
      request: { uuid: vm.uuid },
    };
    rows.push(auditRow(rng, call, operator, accounts.get(operator) ?? ADMIN_UUID));
  }
  mergeAudits(store, rows);
}
