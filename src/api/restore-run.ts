// A restore plan turned into one run of the operations engine, and what the run did, counted for its summary line.
// The run recovers the VMs, the data volumes and the images left in, attaches each volume to its VM (recovered in
// the run or live), sets a VM's old IP and starts it, in the order of operations/steps.ts.
import type { RestoreCounts } from '../i18n/en/restore.ts';
import type { ZStackClient } from '../zstack/client.ts';
import { ipAvailability } from '../zstack/endpoints.ts';
import type { StartItem, StartSpec } from './operations/run-actions.ts';
import { itemResource, type Run, type StaticIp } from './operations/run.ts';
import type { Plan } from './restore-types.ts';

export interface RestoreOptions {
  startAfter: boolean;
  /** Old addresses by VM uuid, already checked with CheckIpAvailability. */
  ips: ReadonlyMap<string, StaticIp>;
  event?: string | undefined;
}

/** One run for the items of `plan` left in. */
export function restoreSpec(plan: Plan, included: ReadonlySet<string>, options: RestoreOptions): StartSpec {
  const items = plan.items
    .filter((i) => included.has(i.uuid))
    .map((i): StartItem => ({
      uuid: i.uuid,
      name: i.name,
      resource: i.kind,
      attachTo: i.kind === 'volume' ? i.attachTo : undefined,
      ip: i.kind === 'vm' ? options.ips.get(i.uuid) : undefined,
    }));
  return { action: 'recover', resource: 'vm', startAfter: options.startAfter, items, event: options.event };
}

export interface RestoreOutcome extends RestoreCounts {
  /** Failures by ZStack error code, outermost (ID.1003 is a quota). */
  reasons: ReadonlyMap<string, number>;
  finished: boolean;
}

export function restoreOutcome(run: Run): RestoreOutcome {
  const o = { vms: 0, vmsUp: 0, volumes: 0, attached: 0, failed: 0, unknown: 0 };
  const reasons = new Map<string, number>();
  for (const item of run.items) {
    const kind = itemResource(run, item);
    const done = item.status === 'done';
    if (kind === 'vm') {
      o.vms += 1;
      if (done && (!run.startAfter || item.state === 'Running')) o.vmsUp += 1;
    }
    if (kind === 'volume' && item.attachTo !== undefined) {
      o.volumes += 1;
      if (done) o.attached += 1;
    }
    if (item.status === 'unknown') o.unknown += 1;
    else if (item.status === 'failed' || item.status === 'skipped') {
      o.failed += 1;
      const code = item.error?.errorCode.code ?? item.status;
      reasons.set(code, (reasons.get(code) ?? 0) + 1);
    }
  }
  return { ...o, started: run.startAfter, reasons, finished: run.finishedAt !== undefined };
}

/**
 * The latest run that restores within these items (a data volume also by the VM it goes back on, since the plan
 * finds the volumes deleted with a VM itself): the page finds its run again after a reload.
 */
export function latestRestoreRun(runs: readonly Run[], uuids: ReadonlySet<string>): Run | undefined {
  const within = (i: Run['items'][number]) =>
    uuids.has(i.uuid) || (i.attachTo !== undefined && uuids.has(i.attachTo));
  return runs.find((r) => r.action === 'recover' && r.items.length > 0 && r.items.every(within));
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/u;

export type IpCheck =
  { ok: true; ip: StaticIp } | { ok: false; why: 'invalid' | 'unavailable' | 'unchecked'; reason?: string };

/**
 * Each old address entered, checked with CheckIpAvailability on the VM's first L3 network before the run (one
 * sync request per address), so a taken or foreign address is refused before anything is recovered.
 */
export async function checkOldIps(
  client: ZStackClient,
  wanted: readonly { vm: string; l3NetworkUuid: string | undefined; ip: string }[],
): Promise<Map<string, IpCheck>> {
  const checks = await Promise.all(
    wanted.map(async ({ vm, l3NetworkUuid, ip }): Promise<[string, IpCheck]> => {
      if (!IPV4.test(ip) || l3NetworkUuid === undefined) return [vm, { ok: false, why: 'invalid' }];
      try {
        const r = await ipAvailability(client, l3NetworkUuid, ip);
        return [
          vm,
          r.available
            ? { ok: true, ip: { l3NetworkUuid, ip } }
            : { ok: false, why: 'unavailable', reason: r.reason },
        ];
      } catch {
        return [vm, { ok: false, why: 'unchecked' }];
      }
    }),
  );
  return new Map(checks);
}
