// A restore plan: what recovering some deleted VMs, data volumes and images together will do, and what will fail,
// judged from facts read beforehand (restore-facts.ts) with ZStack's own rules (docs/zstack-protocol.md#checking-a-restore).
// Pure: the same facts and the same choice of items always give the same plan, so the page recomputes it as
// items are left out (the quota arithmetic depends on what is left in).
import {
  type AccountQuota,
  batchableName,
  type FactImage,
  type FactVm,
  type FactVolume,
  type Mark,
  type Plan,
  type PlanFacts,
  type PlanItem,
  type QuotaCount,
} from './restore-types.ts';

export type * from './restore-types.ts';

const ATTACHABLE = new Set(['Running', 'Stopped', 'Paused']);

const fails = (marks: readonly Mark[]) => marks.some((m) => m.severity === 'fails');

/** Marks that hold whatever is left in or out. */
function fixedVmMarks(vm: FactVm, facts: PlanFacts): Mark[] {
  const marks: Mark[] = [];
  if (vm.state !== 'Destroyed') marks.push({ rule: 'not-deleted', severity: 'fails', state: vm.state ?? '' });
  const storage = vm.rootStorage === undefined ? undefined : facts.storages?.get(vm.rootStorage);
  if (vm.hostGone === true)
    marks.push({ rule: 'host-gone', severity: 'fails', storage: storage?.name ?? vm.rootStorage ?? '' });
  else if (vm.hostGone === undefined)
    marks.push({ rule: 'check-failed', severity: 'unknown', check: 'local-storage' });
  marks.push(...storageMarks(vm.rootStorage, facts));
  const count = facts.liveNames?.get(vm.name.toLowerCase());
  if (facts.liveNames === undefined || !batchableName(vm.name))
    marks.push({ rule: 'check-failed', severity: 'unknown', check: 'names' });
  else if (count !== undefined && count > 0)
    marks.push({ rule: 'name-taken', severity: 'note', name: vm.name, count });
  return marks;
}

/** Disconnected or in Maintenance: the recovery is only a database change, but a start or an attach needs it. */
function storageMarks(uuid: string | undefined, facts: PlanFacts): Mark[] {
  if (uuid === undefined) return [];
  if (facts.storages === undefined) return [{ rule: 'check-failed', severity: 'unknown', check: 'storage' }];
  const ps = facts.storages.get(uuid);
  if (ps === undefined) return [];
  const status = ps.status ?? '';
  const state = ps.state ?? '';
  if (status === 'Disconnected' || state === 'Maintenance' || state === 'Disabled')
    return [{ rule: 'storage-unavailable', severity: 'partial', storage: ps.name, status, state }];
  return [];
}

function fixedImageMarks(image: FactImage): Mark[] {
  if (image.status !== 'Deleted' && image.deletedOn.length === 0)
    return [{ rule: 'not-deleted', severity: 'fails', state: image.status ?? '' }];
  const gone = image.deletedOn.filter((r) => r.exists === false).length;
  if (gone === 0) return [];
  const all = gone === image.deletedOn.length;
  return [
    { rule: 'backup-storage-gone', severity: all ? 'fails' : 'partial', gone, of: image.deletedOn.length },
  ];
}

/**
 * Cumulative quota: of the `candidates` (in run order) the first `total − used` pass and the rest fail, so each
 * of the rest gets the mark with the plan-wide numbers ("7 of 30 will fail").
 */
function applyQuota(
  candidates: readonly PlanItem[],
  count: QuotaCount | undefined,
  account: string,
  rule: 'quota-vm' | 'quota-volume',
): void {
  if (candidates.length === 0) return;
  if (count === undefined) {
    const quota = rule === 'quota-vm' ? 'vm.totalNum' : 'volume.data.num';
    for (const item of candidates) item.marks.push({ rule: 'quota-unknown', severity: 'unknown', quota });
    return;
  }
  const free = Math.max(0, count.total - count.used);
  const failing = Math.max(0, candidates.length - free);
  for (const item of candidates.slice(free))
    item.marks.push({ rule, severity: 'fails', account, ...count, asked: candidates.length, failing });
}

function quotaOf(facts: PlanFacts, account: string | undefined): AccountQuota | undefined {
  return account === undefined ? undefined : facts.quotas.get(account);
}

/** Where a data volume goes back, or why it stays detached. */
function placeVolume(
  volume: FactVolume,
  facts: PlanFacts,
  vmItems: ReadonlyMap<string, PlanItem>,
  included: ReadonlySet<string>,
): { attachTo?: string; mark?: Mark } {
  const vmUuid = volume.lastVm;
  if (vmUuid === undefined) return {};
  const planned = vmItems.get(vmUuid);
  if (planned) {
    if (!included.has(vmUuid))
      return { mark: { rule: 'stays-detached', severity: 'partial', vm: planned.name, why: 'left-out' } };
    if (fails(planned.marks))
      return { mark: { rule: 'stays-detached', severity: 'partial', vm: planned.name, why: 'fails' } };
    return { attachTo: vmUuid };
  }
  if (facts.otherVms === undefined)
    return { mark: { rule: 'check-failed', severity: 'unknown', check: 'vms' } };
  const live = facts.otherVms.get(vmUuid);
  if (live === undefined)
    return { mark: { rule: 'stays-detached', severity: 'partial', vm: vmUuid, why: 'gone' } };
  if (live.state === 'Destroyed' || !ATTACHABLE.has(live.state ?? ''))
    return {
      mark: { rule: 'stays-detached', severity: 'partial', vm: live.name, why: 'state', state: live.state },
    };
  return { attachTo: vmUuid };
}

/** The plan for `facts` when only the items in `included` run. */
export function computePlan(facts: PlanFacts, included: ReadonlySet<string>): Plan {
  const vmItems = new Map<string, PlanItem>();
  for (const vm of facts.vms) {
    const marks = fixedVmMarks(vm, facts);
    vmItems.set(vm.uuid, {
      kind: 'vm',
      uuid: vm.uuid,
      name: vm.name,
      marks,
      l3Networks: vm.l3Networks,
      certainFailure: fails(marks),
    });
  }
  const admin = facts.caller.isAdmin;
  // vm.totalNum is the caller's (VmQuotaOperator), counted over the VMs that would otherwise recover.
  if (!admin) {
    const candidates = [...vmItems.values()].filter((i) => included.has(i.uuid) && !fails(i.marks));
    const q = quotaOf(facts, facts.caller.accountUuid);
    applyQuota(candidates, q?.vmTotal, q?.name ?? '', 'quota-vm');
  }
  const volumeItems = facts.volumes.map((volume): PlanItem => {
    const marks: Mark[] =
      volume.status === 'Deleted'
        ? []
        : [{ rule: 'not-deleted', severity: 'fails', state: volume.status ?? '' }];
    const place = placeVolume(volume, facts, vmItems, included);
    if (place.mark) marks.push(place.mark);
    if (place.attachTo !== undefined) marks.push(...storageMarks(volume.storage, facts));
    return {
      kind: 'volume',
      uuid: volume.uuid,
      name: volume.name,
      marks,
      attachTo: place.attachTo,
      certainFailure: fails(marks),
    };
  });
  // volume.data.num is the owner's (VmQuotaOperator.check(APIRecoverDataVolumeMsg)), per owner.
  if (!admin) {
    const byOwner = new Map<string, PlanItem[]>();
    facts.volumes.forEach((volume, i) => {
      const item = volumeItems[i];
      if (!item || !included.has(item.uuid) || fails(item.marks)) return;
      const owner = volume.owner ?? '';
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
    });
    for (const [owner, items] of byOwner) {
      const q = quotaOf(facts, owner === '' ? undefined : owner);
      applyQuota(items, q?.dataVolumes, q?.name ?? owner, 'quota-volume');
    }
  }
  const imageItems = facts.images.map((image): PlanItem => {
    const marks = fixedImageMarks(image);
    return { kind: 'image', uuid: image.uuid, name: image.name, marks, certainFailure: fails(marks) };
  });
  const missing = facts.missing.map((m): PlanItem => ({
    kind: m.kind,
    uuid: m.uuid,
    name: m.uuid,
    marks: [{ rule: 'not-found', severity: 'fails' }],
    certainFailure: true,
  }));
  const items = [...vmItems.values(), ...volumeItems, ...imageItems, ...missing];
  return { items, failing: items.filter((i) => included.has(i.uuid) && fails(i.marks)).length };
}

/** What is left in when the plan opens: everything but what is certain to fail (the user can put it back). */
export function initiallyIncluded(facts: PlanFacts): Set<string> {
  const all = new Set([...facts.vms, ...facts.volumes, ...facts.images].map((i) => i.uuid));
  return new Set(
    computePlan(facts, all)
      .items.filter((i) => !i.certainFailure && all.has(i.uuid))
      .map((i) => i.uuid),
  );
}
