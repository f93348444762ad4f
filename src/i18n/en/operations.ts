// Bulk runs: progress and per-VM results (the app-bar indicator's texts are in app.ts).
// Not in the first paint: the modules that read t.operations import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

export const operations = {
  title: (
    action: 'recover' | 'expunge',
    resource: 'vm' | 'volume' | 'image',
    n: number,
    finished: boolean,
  ) => {
    const noun = { vm: 'VM', volume: 'data volume', image: 'image' }[resource] + (n === 1 ? '' : 's');
    return action === 'recover'
      ? finished
        ? `Recovery of ${n} ${noun} finished`
        : `Recovering ${n} ${noun}`
      : finished
        ? `Expunge of ${n} ${noun} finished`
        : `Expunging ${n} ${noun}`;
  },
  /** A run that recovers VMs together with their data volumes (and re-attaches them). */
  titleTogether: (vms: number, volumes: number, finished: boolean) => {
    const what = `${vms} VM${vms === 1 ? '' : 's'} with ${volumes} data volume${volumes === 1 ? '' : 's'}`;
    return finished ? `Recovery of ${what} finished` : `Recovering ${what}`;
  },
  progressLabel: 'Progress of the run',
  /** The job's words ("Succeeded", "In progress") are never a resource state's ("Running"): two columns, two vocabularies. */
  counts: (
    c: Record<'done' | 'failed' | 'unknown' | 'notStarted' | 'running' | 'waiting' | 'paused', number>,
  ) =>
    `${c.done} succeeded · ${c.failed} failed · ${c.running} in progress · ${c.waiting} waiting` +
    (c.unknown > 0 ? ` · ${c.unknown} outcome unknown` : '') +
    (c.notStarted > 0 ? ` · ${c.notStarted} not started` : '') +
    (c.paused > 0 ? ` · ${c.paused} waiting for sign-in` : ''),
  cancelledNote: 'Cancelled: no new jobs were started; the ones already running finished and are listed.',
  resultsLabel: (resource: 'vm' | 'volume' | 'image') =>
    `Result for each ${{ vm: 'VM', volume: 'data volume', image: 'image' }[resource]}`,
  columns: {
    name: (resource: 'vm' | 'volume' | 'image') =>
      ({ vm: 'VM', volume: 'Data volume', image: 'Image' })[resource],
    uuid: 'UUID',
    job: 'Job',
    state: (resource: 'vm' | 'volume' | 'image') =>
      ({ vm: 'VM state after', volume: 'Volume status after', image: 'Image status after' })[resource],
    errorCode: 'Error code',
    reason: 'Reason',
  },
  outcome: {
    waiting: 'Waiting',
    running: 'In progress',
    done: 'Succeeded',
    paused: 'Waiting: sign in again',
    failed: 'Failed',
    startFailed: 'Recovered, start failed',
    attachFailed: 'Recovered, attach failed',
    /** The old IP (SetVmStaticIp) was refused: the VM is back, stopped. */
    ipFailed: 'Recovered, IP address not set',
    unknown: (resource: 'vm' | 'volume' | 'image') =>
      `Unknown: check the ${{ vm: 'VM', volume: 'data volume', image: 'image' }[resource]}`,
    cancelled: 'Not started (cancelled)',
    skipped: 'Not started: a step it needs failed',
  },
  details: 'Details',
  hideDetails: 'Hide details',
  showError: (name: string) => `Details of the error of ${name}`,
  hideError: (name: string) => `Hide details of the error of ${name}`,
  errorTitle: (name: string) => `${name} failed`,
  paused: {
    text: (n: number) =>
      `The sign-in has ended: the management node, or a gateway in front of it, no longer accepts this session. Whether ${n === 1 ? 'one job' : `${n} jobs`} ran is not known yet. After you sign in again as the same account, the console follows the same jobs and sends nothing twice.`,
    otherAccount:
      'Signing in as another account hides this run; it goes on when this account signs in again.',
  },
  copyFailed: (n: number) => `Copy failed list (${n})`,
  exportCsv: 'Export CSV',
  cancel: 'Cancel the rest',
  retryFailed: (n: number, onlyFailed: boolean) =>
    onlyFailed ? `Retry ${n} failed` : `Retry ${n} not completed`,
  dismiss: 'Remove from the list',
};

declare module './registry.ts' {
  interface LazyMessages {
    operations: typeof operations;
  }
}

registerEn('operations', operations);
