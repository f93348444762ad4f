// Texts of the restore plan page: what a restore of deleted items will do, what will fail and why, and the run.
// Not in the first paint: the modules that read t.restore import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

type Kind = 'vm' | 'volume' | 'image';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a restore run did, as its summary line counts it (api/restore-run.ts computes it). */
export interface RestoreCounts {
  vms: number;
  /** Running when the run started them, else recovered. */
  vmsUp: number;
  started: boolean;
  /** Data volumes that were to go back on a VM, and those that did. */
  volumes: number;
  attached: number;
  failed: number;
  /** Steps whose outcome is not known (no answer of ZStack's own): never counted as failed. */
  unknown: number;
}

export const restore = {
  documentTitle: 'Restore plan · ZStack',
  title: 'Restore plan',
  intro:
    'What restoring these deleted items together will do, checked with read-only calls before anything runs. Leave out what you do not want; items certain to fail start left out.',
  fromEvent: (id: string) => `From deletion event ${id}.`,
  loading: 'Checking what a restore will meet…',
  loadFailed: 'The plan could not be checked.',
  checkAgain: 'Check again',
  empty: 'Nothing to restore: the address names no deleted items.',
  tableLabel: 'Items of the restore plan',
  columns: { include: 'Include', item: 'Item', plan: 'What will happen', marks: 'Checks' },
  include: (name: string) => `Include ${name}`,
  kinds: { vm: 'VM', volume: 'Data volume', image: 'Image' } satisfies Record<Kind, string>,
  steps: {
    vm: 'Recover',
    vmStart: 'Recover, then start after its volumes are attached',
    volume: 'Recover; stays detached',
    attach: (vm: string) => `Recover, then attach to ${vm}`,
    image: 'Recover on every backup storage where it is deleted',
    leftOut: 'Left out',
  },
  severity: { fails: 'Will fail', partial: 'Partly', note: 'Note', unknown: 'Not checked' },
  markLine: (severity: string, text: string) => `${severity}: ${text}`,
  marks: {
    quota: (quota: string, account: string, total: number, used: number, asked: number, failing: number) =>
      `Quota ${quota} of account ${account}: ${used} of ${total} used, so ${failing} of the ${asked} in this plan will fail. Leave out ${failing}, or ask an administrator to raise the quota.`,
    quotaUnknown: (quota: string) => `The ${quota} quota could not be read: this recovery may fail on it.`,
    hostGone: (storage: string) =>
      `Its root volume is on local storage ${storage}, and the host that held it has been deleted: ZStack refuses the recovery. Leave it out.`,
    storage: (storage: string, status: string, state: string) =>
      `Primary storage ${storage} is ${[status, state].filter((s) => s !== '').join(', ')}: it recovers, but starting or attaching will fail until the storage is back.`,
    nameTaken: (name: string, count: number) =>
      `${plural(count, 'live VM is', 'live VMs are')} also named ${name}. ZStack allows it; rename one afterwards if that would confuse.`,
    staysDetached: (vm: string, why: 'gone' | 'state' | 'left-out' | 'fails', state?: string) =>
      why === 'gone'
        ? `Its VM ${vm} is neither in this plan nor live: it will stay detached. Attach it from its page afterwards.`
        : why === 'state'
          ? `Its VM ${vm} is ${state ?? 'in another state'} and cannot take a volume now: it will stay detached.`
          : why === 'left-out'
            ? `Its VM ${vm} is left out of this plan: it will stay detached. Include the VM to attach it.`
            : `Its VM ${vm} is expected to fail: it will stay detached.`,
    backupStorage: (gone: number, of: number) =>
      gone === of
        ? `Every backup storage it was deleted on is gone: ZStack cannot recover it. Leave it out.`
        : `${gone} of the ${of} backup storages it was deleted on are gone: it recovers on the others only.`,
    notDeleted: (state: string) =>
      `It is no longer in the recycle bin (${state || 'state unknown'}): nothing to recover. Leave it out.`,
    notFound: 'Not found: expunged already, or not visible to this account. Leave it out.',
    checkFailed: (check: 'storage' | 'names' | 'vms' | 'local-storage') =>
      ({
        storage: 'The primary storage could not be read: whether it is available is not known.',
        names: 'Whether a live VM has the same name was not checked.',
        vms: 'The VM it was attached to could not be read: where it goes back is not known.',
        'local-storage': 'Whether the host of its local storage still exists could not be read.',
      })[check],
  },
  cannotKnowTitle: 'What this plan cannot know',
  cannotKnow: [
    'Whether a host has room when each VM starts (CPU, memory), and the running-VM quotas a start checks.',
    'Changes made by others between this check and the run: the run reports each step as ZStack answers it.',
  ],
  summary: (items: number, failing: number) =>
    `${plural(items, 'item', 'items')} to restore${failing > 0 ? `, ${failing} expected to fail` : ''}.`,
  startAfter: 'Start the VMs after their volumes are attached',
  ipLabel: (name: string) => `Old IP address of ${name} (optional)`,
  ipHelp: 'From the ticket: checked with ZStack before the run, and set before the first start.',
  ipInvalid: 'Enter an IPv4 address such as 10.0.0.12.',
  ipUnavailable: (ip: string, reason: string) => `${ip} cannot be used: ${reason || 'not available'}.`,
  ipCheckFailed: (ip: string) => `${ip} could not be checked.`,
  restore: (n: number) => (n === 0 ? 'Restore' : `Restore ${plural(n, 'item', 'items')}`),
  restoring: 'Checking the IP addresses…',
  runTitle: 'Restore run',
  showResults: 'Show results',
  running: (done: number, total: number) => `Restoring: ${done} of ${total} steps done.`,
  result: (r: RestoreCounts & { reasons: string }) =>
    [
      r.vms > 0 ? `${r.vmsUp} of ${plural(r.vms, 'VM', 'VMs')} ${r.started ? 'running' : 'recovered'}` : '',
      r.volumes > 0 ? `${r.attached} of ${plural(r.volumes, 'volume', 'volumes')} re-attached` : '',
      r.failed > 0 ? `${r.failed} failed: ${r.reasons}` : '',
      r.unknown > 0 ? `${r.unknown} with an unknown outcome (check them before trying again)` : '',
    ]
      .filter((s) => s !== '')
      .join(', ') + '.',
  reasonQuota: 'quota',
  reasonOther: 'other',
};

declare module './registry.ts' {
  interface LazyMessages {
    restore: typeof restore;
  }
}

registerEn('restore', restore);
