// Bulk runs: the app-bar indicator, progress and per-VM results.
export const operations = {
  indicator: (settled: number, total: number, running: boolean) =>
    running ? `Operations: ${settled} of ${total} done` : `Operations: finished (${settled} of ${total})`,
  indicatorShort: (settled: number, total: number) => `${settled}/${total}`,
  title: (action: 'recover' | 'expunge', n: number, finished: boolean) =>
    action === 'recover'
      ? finished
        ? `Recovery of ${n} VM${n === 1 ? '' : 's'} finished`
        : `Recovering ${n} VM${n === 1 ? '' : 's'}`
      : finished
        ? `Expunge of ${n} VM${n === 1 ? '' : 's'} finished`
        : `Expunging ${n} VM${n === 1 ? '' : 's'}`,
  progressLabel: 'Progress of the run',
  counts: (c: { done: number; failed: number; running: number; waiting: number }) =>
    `${c.done} done · ${c.failed} failed · ${c.running} running · ${c.waiting} waiting`,
  cancelledNote: 'Cancelled: no new jobs were started; the ones already running finished and are listed.',
  resultsLabel: 'Result for each VM',
  columns: { vm: 'VM', outcome: 'Outcome', state: 'State', error: 'Error' },
  outcome: {
    waiting: 'Waiting',
    running: 'Running',
    done: { recover: 'Recovered', expunge: 'Expunged' },
    failed: 'Failed',
    startFailed: 'Recovered, start failed',
    unknown: 'Unknown: check the VM',
    cancelled: 'Not started (cancelled)',
  },
  showError: (name: string) => `Show the error of ${name}`,
  hideError: (name: string) => `Hide the error of ${name}`,
  errorTitle: (name: string) => `${name} failed`,
  cancel: 'Cancel the rest',
  retryFailed: (n: number) => `Retry ${n} failed`,
  dismiss: 'Remove from the list',
  finished: (action: 'recover' | 'expunge', done: number, failed: number) =>
    `${action === 'recover' ? 'Recovery' : 'Expunge'} finished: ${done} ${action === 'recover' ? 'recovered' : 'expunged'}, ${failed} failed.`,
};
