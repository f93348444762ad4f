// Texts of the recycle bin: the list of destroyed VMs, and the recover and expunge dialogs; also what the data
// volume and image bins share with it in the first paint (the tabs, the selection bar).
export const recycleBin = {
  documentTitle: 'Recycle bin · ZStack',
  title: 'Recycle bin',
  tabs: { label: 'Recycle bin sections', vms: 'Virtual machines', volumes: 'Data volumes', images: 'Images' },
  /** Under the title. `expunge`: ZStack never expunges by itself, or expunges after `period` (useFormat's period). */
  intro: (allAccounts: boolean, expunge: { never: true } | { period: string } | undefined) =>
    `Destroyed virtual machines${allAccounts ? ' of all accounts' : ' of your account'}. Recover one to bring it back stopped, or expunge it to delete it for good.${
      expunge === undefined
        ? ''
        : 'never' in expunge
          ? ' ZStack keeps them until they are expunged by hand.'
          : ` ZStack expunges them ${expunge.period} after deletion.`
    }`,

  // The search box, the live count and the refresh button.
  searchLabel: 'Search destroyed VMs',
  searchPlaceholder: 'Name, UUID or MAC address',
  searchHelp: 'Matches name, exact UUID or MAC',
  searchingBy: (kind: 'uuid' | 'mac' | 'name') =>
    `Searching by ${{ uuid: 'exact UUID', mac: 'MAC address', name: 'name contains' }[kind]}`,
  /** ZStack's query parser has no escaping: text holding one of its operators cannot be searched for. */
  searchMisread: (operator: string) =>
    `ZStack cannot search for text containing “${operator}”: remove it to search.`,
  count: (total: number, searching: boolean) =>
    `${total} destroyed VM${total === 1 ? '' : 's'}${searching ? ' match' : ''}`,
  refreshLabel: 'Refresh the list',
  refreshTitle: 'Refresh now (the list also refreshes every 30 s while this tab is visible)',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  perPage: 'VMs per page',

  // The list's states.
  loadingList: 'Loading destroyed VMs',
  loadFailed: 'Could not load the recycle bin',
  noMatch: (search: string) => `No destroyed VM matches “${search}”.`,
  clearTheSearch: 'Clear the search',
  emptyTitle: 'The recycle bin is empty',
  emptyText: 'No destroyed VMs are waiting to be recovered or expunged.',

  // The table.
  tableLabel: 'Destroyed VMs',
  columns: {
    name: 'Name',
    cpu: 'CPU',
    memory: 'Memory',
    rootDisk: 'Root disk',
    deleted: 'Deleted',
    expunges: 'Expunges',
    account: 'Account',
    actions: 'Actions',
  },
  /** Hidden after the short UUID, for screen readers. */
  uuidHidden: (uuid: string) => ` (UUID ${uuid})`,
  copyUuid: (name: string) => `Copy UUID of ${name}`,
  keptByHand: 'Kept until expunged by hand',
  dueNow: 'Due now',
  /** `duration`: useFormat's duration ("3 days 4 hours"). */
  expungesIn: (duration: string) => `in ${duration}`,
  /** Hidden after a countdown that ends within a day, for screen readers. */
  soon: ' (soon)',
  expungeMayRunUntil: (dateTime: string) => `The expunge task may run up to ${dateTime}`,
  recoverName: (name: string) => `Recover ${name}`,
  recover: 'Recover',
  expungeName: (name: string) => `Expunge ${name}`,

  // The recover dialog.
  recoverTitle: (name: string) => `Recover ${name}?`,
  recoverWhat: 'ZStack will bring this VM back from the recycle bin:',
  /** "It comes back **Stopped**, with its root disk restored.": the state in bold between the two parts. */
  comesBack: { before: 'It comes back ', after: ', with its root disk restored.' },
  nics: (count: number) =>
    `Its ${count === 1 ? 'network card keeps its' : `${count} network cards keep their`} MAC address${count === 1 ? '' : 'es'}, but get IP addresses only when the VM starts (possibly different ones).`,
  checkingVolumes: 'Checking for data volumes that were attached before deletion…',
  detachedVolumes: (names: readonly string[]) =>
    `${names.length} data volume${names.length === 1 ? '' : 's'} detached at deletion (${names.join(', ')}) will stay detached; you can re-attach them from the VM's page.`,
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
  recovering: 'Recovering…',
  tryAgain: 'Try again',
  recoverAndStart: 'Recover and start',

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
  // Selection and bulk actions.
  selectPage: 'Select every VM on this page',
  selectVm: (name: string) => `Select ${name}`,
  selectionRegion: 'Selection',
  selectedCount: (n: number, formatted: string) => (n === 0 ? 'No VM selected' : `${formatted} selected`),
  /** A data volume or image bin with nothing selected. */
  noneSelected: 'Nothing selected',
  selectingAll: 'Selecting…',
  selectAll: (formatted: string) => `Select all ${formatted} that match`,
  selectFirst: (formatted: string) => `Select the first ${formatted}`,
  clearSelection: 'Clear selection',
  recoverSelected: (n: number) => (n === 0 ? 'Recover selected' : `Recover ${n} selected`),
  expungeSelected: (n: number) => (n === 0 ? 'Expunge selected' : `Expunge ${n} selected`),
  capReached: (cap: string, total: string) =>
    `${total} VMs match, but one bulk action takes at most ${cap}. Narrow the search to pick the rest.`,
  selectAllFailed: 'Could not select every matching VM',
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
      : `${n} data volume${n === 1 ? '' : 's'} detached at deletion will stay detached; re-attach them from each VM's page.`,
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
