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
  progressLabel: 'Progress of the run',
  counts: (c: { done: number; failed: number; running: number; waiting: number; paused: number }) =>
    `${c.done} done · ${c.failed} failed · ${c.running} running · ${c.waiting} waiting${c.paused > 0 ? ` · ${c.paused} waiting for sign-in` : ''}`,
  cancelledNote: 'Cancelled: no new jobs were started; the ones already running finished and are listed.',
  resultsLabel: (resource: 'vm' | 'volume' | 'image') =>
    `Result for each ${{ vm: 'VM', volume: 'data volume', image: 'image' }[resource]}`,
  columns: {
    name: (resource: 'vm' | 'volume' | 'image') =>
      ({ vm: 'VM', volume: 'Data volume', image: 'Image' })[resource],
    outcome: 'Outcome',
    state: 'State',
    error: 'Error',
  },
  outcome: {
    waiting: 'Waiting',
    running: 'Running',
    done: { recover: 'Recovered', expunge: 'Expunged' },
    paused: 'Waiting: sign in again',
    failed: 'Failed',
    startFailed: 'Recovered, start failed',
    unknown: 'Unknown: check the VM',
    cancelled: 'Not started (cancelled)',
  },
  showError: (name: string) => `Show the error of ${name}`,
  hideError: (name: string) => `Hide the error of ${name}`,
  errorTitle: (name: string) => `${name} failed`,
  paused: {
    title: 'Sign in again to go on',
    text: (n: number) =>
      `The sign-in has ended: the management node, or a gateway in front of it, no longer accepts this session. Whether ${n === 1 ? 'one job' : `${n} jobs`} ran is not known yet. After you sign in again as the same account, the console follows the same jobs and sends nothing twice.`,
    otherAccount:
      'Signing in as another account hides this run; it goes on when this account signs in again.',
    signIn: 'Sign in and go on',
    signingIn: 'Signing in…',
    failed: 'Sign-in failed',
  },
  cancel: 'Cancel the rest',
  retryFailed: (n: number) => `Retry ${n} failed`,
  dismiss: 'Remove from the list',
};

declare module './registry.ts' {
  interface LazyMessages {
    operations: typeof operations;
  }
}

registerEn('operations', operations);
