// Texts of the recycle bin's dialogs: recover and expunge one VM, the bulk recover and expunge dialog, and what the
// data volume and image dialogs share with them. Not in the first paint: the modules that read t.binDialogs import
// this one, which registers it (see ./index.ts). What the first paint or the VM page also reads (the Recover
// button's label, `recovering`) stays in ./recycle-bin.ts.
import { registerEn } from './registry.ts';

export const binDialogs = {
  // The recover dialog.
  recoverTitle: (name: string) => `Recover ${name}?`,
  recoverWhat: 'ZStack will bring this VM back from the recycle bin:',
  /** "It comes back **Stopped**, with its root disk restored.": the state in bold between the two parts. */
  comesBack: { before: 'It comes back ', after: ', with its root disk restored.' },
  nics: (count: number) =>
    count === 1
      ? 'Its network card keeps its MAC address, but gets an IP address only when the VM starts (possibly a different one).'
      : `Its ${count} network cards keep their MAC addresses, but get IP addresses only when the VM starts (possibly different ones).`,
  checkingVolumes: 'Checking for data volumes that were attached before deletion…',
  detachedVolumes: (names: readonly string[]) =>
    names.length === 1
      ? `1 data volume detached at deletion (${names.join(', ')}) will stay detached; you can re-attach it from the VM's page.`
      : `${names.length} data volumes detached at deletion (${names.join(', ')}) will stay detached; you can re-attach them from the VM's page.`,
  noDetachedVolumes: 'Data volumes detached at deletion stay detached (none are waiting for this VM).',
  startAfter: 'Start the VM after recovery (it then gets its IP addresses)',
  progress: {
    resending:
      'The connection dropped before ZStack answered. Sending the same request again (same job id, so it runs only once)…',
    pollRetrying: 'Lost contact with ZStack while waiting for the job. Still trying…',
    recoveringAndStarting: 'ZStack is recovering and then starting the VM…',
    recovering: 'ZStack is recovering the VM…',
    sending: 'Sending the request…',
  },
  /** Announced. `state`: the console's word for the state the VM is in now, if known. */
  recovered: (name: string, started: boolean, state: string | undefined, retried: boolean) =>
    `${name} was recovered${started ? ' and started' : ''}. It is ${state ?? 'back'}.${
      retried ? ' The connection dropped on the way; the console retried safely.' : ''
    }`,
  recoveredStartFailed: (name: string) => `${name} was recovered, but starting it failed.`,
  recoveredButStopped: (name: string) => `${name} was recovered and is Stopped.`,
  recoverFailed: (name: string) => `Recovering ${name} failed`,
  startFailed: (name: string) => `Starting ${name} failed`,
  openRecovered: 'Open the recovered VM',
  tryAgain: 'Try again',
  /** Leaves a long job to Operations: the job goes on, and nothing is sent again. */
  stopWaiting: 'Stop waiting',
  handedOver: (name: string) =>
    `${name}: the job goes on on the management node. Operations, in the app bar, follows it and shows how it ends.`,
  recoverAndStart: 'Recover and start',
  /** The title once the VM is back (a start that followed may have failed). */
  recoveredTitle: (name: string) => `${name} is back`,
  // What the console knows before the click.
  where: {
    moved: (state: string | undefined) =>
      `It is no longer in the recycle bin${state ? `: it is now ${state}` : ''}. Someone may have recovered it already.`,
    gone: 'It has been expunged: ZStack no longer knows it, so nothing can bring it back.',
    open: 'Open it',
  },
  permanent: 'Trying again would fail the same way: see what to do above.',
  // The data volumes deleted with the VM, recovered and re-attached in the same operation.
  together: {
    checking: 'Checking for data volumes deleted with this VM…',
    listLabel: 'Data volumes deleted with this VM',
    offer: (n: number, vm: string) =>
      `Also recover ${n === 1 ? 'this data volume' : `these ${n} data volumes`} and re-attach ${n === 1 ? 'it' : 'them'} to ${vm}`,
    stepsLabel: 'Steps of the recovery',
    step: {
      'recover-vm': (name: string) => `Recover VM ${name}`,
      'recover-volume': (name: string) => `Recover data volume ${name}`,
      'attach-volume': (name: string) => `Re-attach ${name}`,
      'start-vm': (name: string) => `Start ${name}`,
    },
    someFailed: 'Not every step succeeded. What succeeded stays done; trying again runs only the rest.',
    stepFailed: (step: string) => `${step} failed`,
  },

  // The expunge dialog.
  expungeTitle: (name: string) => `Expunge ${name} for good?`,
  expungeWarning:
    'ZStack deletes the VM, its root disk and its network cards. This cannot be undone. Data volumes detached at deletion are not touched.',
  /** "Type the VM’s name, **web-01**, to confirm.": the name in bold between the two parts. */
  typeName: { before: 'Type the VM’s name, ', after: ', to confirm.' },
  vmName: 'VM name',
  nameMismatch: 'The name does not match yet',
  expungeFailed: (name: string) => `Expunging ${name} failed`,
  expunging: 'Expunging…',
  expungeForGood: 'Expunge for good',
  expunged: (name: string) => `${name} was expunged. It is gone for good.`,

  // The bulk dialog.
  bulkRecoverTitle: (n: number) => `Recover ${n} VM${n === 1 ? '' : 's'}?`,
  bulkExpungeTitle: (n: number) => `Expunge ${n} VM${n === 1 ? '' : 's'} for good?`,
  bulkChecking: 'Checking…',
  bulkPreviewFailed: 'Could not check which accounts they belong to.',
  bulkOfAccounts: (n: number, accounts: number) =>
    `${n} VM${n === 1 ? '' : 's'} of ${accounts} account${accounts === 1 ? '' : 's'} will come back from the recycle bin.`,
  bulkComeBackStopped:
    'Each comes back Stopped, with its root disk restored; IP addresses are assigned when it starts.',
  bulkDetachedVolumes: (n: number) =>
    n === 0
      ? 'No detached data volume is waiting for these VMs.'
      : n === 1
        ? '1 data volume detached at deletion will stay detached; re-attach it from its VM’s page.'
        : `${n} data volumes detached at deletion will stay detached; re-attach them from each VM's page.`,
  bulkConcurrency: (n: number) => `ZStack runs one job per VM, ${n} at a time (change it in Settings).`,
  bulkStartAfter: 'Start the VMs after recovery (they then get their IP addresses)',
  bulkExpungeWarning: (n: number) =>
    `ZStack deletes ${n === 1 ? 'this VM' : `these ${n} VMs`}, ${n === 1 ? 'its' : 'their'} root disks and network cards. This cannot be undone. Data volumes detached at deletion are not touched.`,
  bulkTypeCount: (formatted: string) => `Type the number of VMs, ${formatted}, to confirm.`,
  bulkCountLabel: 'Number of VMs',
  bulkCountMismatch: 'The number does not match yet',
  bulkRecoverButton: (n: number) => `Recover ${n} VM${n === 1 ? '' : 's'}`,
  bulkRecoverAndStartButton: (n: number) => `Recover and start ${n} VM${n === 1 ? '' : 's'}`,
  bulkExpungeButton: (n: number) => `Expunge ${n} VM${n === 1 ? '' : 's'} for good`,
};

declare module './registry.ts' {
  interface LazyMessages {
    binDialogs: typeof binDialogs;
  }
}

registerEn('binDialogs', binDialogs);
