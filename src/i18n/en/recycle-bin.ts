// Texts of the recycle bin: the list of destroyed VMs; also what the data volume and image bins share with it in the
// first paint (the tabs, the selection bar). The dialogs' texts are in ./bin-dialogs.ts, which travels with them.
type Kind = 'vm' | 'volume' | 'image';
/** Singular and plural of each bin's kind. */
const nouns = {
  vm: ['VM', 'VMs'],
  volume: ['data volume', 'data volumes'],
  image: ['image', 'images'],
} as const;

export const recycleBin = {
  documentTitle: 'Recycle bin · ZStack',
  title: 'Recycle bin',
  tabs: { label: 'Recycle bin sections', vms: 'Virtual machines', volumes: 'Data volumes', images: 'Images' },
  /** Under the title. `expunge`: ZStack never expunges by itself, or expunges after `period` (useFormat's period). */
  intro: (allAccounts: boolean) =>
    `Destroyed virtual machines${allAccounts ? ' of all accounts' : ' of your account'}. Recover one to bring it back stopped, or expunge it to delete it for good.`,
  /** After every bin's intro (VMs, data volumes, images): when ZStack expunges what it holds, nothing until known. */
  expungeNote: (expunge: { never: true } | { period: string } | undefined) =>
    expunge === undefined
      ? ''
      : 'never' in expunge
        ? ' ZStack keeps them until they are expunged by hand.'
        : ` ZStack expunges them ${expunge.period} after deletion.`,

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

  // The filters under the search box (owner and deleter for admins, deletion dates for everyone).
  filters: {
    label: 'Filters',
    owner: 'Account',
    anyOwner: 'All accounts',
    deleter: 'Deleted by',
    deleterHelp: 'Operator name as in the audit log; press Enter',
    deleterMisread: (operator: string) => `ZStack cannot filter by a name containing “${operator}”.`,
    from: 'Deleted on or after',
    to: 'Deleted on or before',
    clear: 'Clear the filters',
    noMatch: (kind: Kind, search: string) =>
      `No deleted ${nouns[kind][0]} matches ${search ? `“${search}” and ` : ''}the filters.`,
  },
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
  keptUntilResumed: 'Kept until resumed',
  dueNow: 'Due now',
  /** `duration`: useFormat's duration ("3 days 4 hours"). */
  expungesIn: (duration: string) => `in ${duration}`,
  /** Hidden after a countdown that ends within a day, for screen readers. */
  soon: ' (soon)',
  recoverName: (name: string) => `Recover ${name}`,
  recover: 'Recover',
  expungeName: (name: string) => `Expunge ${name}`,
  /** The Recover button while it runs: in the dialogs, and on the VM page (its data volumes). */
  recovering: 'Recovering…',

  /** The page of one deleted VM, data volume or image (a ticket link): the facts and actions of its bin row. */
  inBin: {
    readOnlyShared:
      'This image is shared with your account read-only: only its owner or an administrator can recover or expunge it.',
    title: 'In the recycle bin',
    intro: (kind: Kind) =>
      `This ${nouns[kind][0]} is deleted. Recover it to bring it back, or expunge it to delete it for good.`,
    account: 'Account',
    otherAccount: 'Another account (shared with yours)',
    expunged: 'Expunged',
    /** ZStack's expunge task runs once per check interval: the first run after the period ends takes it. */
    window: (from: string, to: string) => `between ${from} and ${to}`,
    notRecorded: 'Not recorded by this ZStack edition (it has no audit log)',
    auditDenied: 'Your account may not read the audit log',
    expunge: 'Expunge',
    back: (kind: Kind) => `Back to the recycle bin: ${nouns[kind][1]}`,
  },

  // Selection and bulk actions: each bin names its own kind (`kind`).
  selectPage: 'Select every VM on this page',
  /** A row's checkbox, in every bin. */
  selectRow: (name: string) => `Select ${name}`,
  selectionRegion: 'Selection',
  selectedCount: (kind: Kind, n: number, formatted: string) =>
    n === 0 ? `No ${nouns[kind][0]} selected` : `${formatted} selected`,
  selectingAll: 'Selecting…',
  selectAll: (kind: Kind, n: number, formatted: string) =>
    `Select all ${formatted} ${nouns[kind][n === 1 ? 0 : 1]} that match`,
  selectFirst: (kind: Kind, formatted: string) => `Select the first ${formatted} ${nouns[kind][1]}`,
  clearSelection: 'Clear selection',
  recoverSelected: (n: number) => (n === 0 ? 'Recover selected' : `Recover ${n} selected`),
  expungeSelected: (n: number) => (n === 0 ? 'Expunge selected' : `Expunge ${n} selected`),
  /** Opens the restore plan of the selection: what a restore will do and what will fail, before anything runs. */
  planRestore: 'Plan restore',
  capReached: (kind: Kind, cap: string, total: string) =>
    `${total} ${nouns[kind][1]} match, but one bulk action takes at most ${cap}. Narrow the search to pick the rest.`,
  selectAllFailed: (kind: Kind) => `Could not select every matching ${nouns[kind][0]}`,

  /** "Export CSV" above each bin: its current search and filters, fetched page by page. */
  export: {
    button: 'Export CSV',
    label: (kind: Kind) => `Export CSV of the ${nouns[kind][1]} that match`,
    /** `done` and `total` formatted; `total` empty until the first answer. */
    progress: (done: string, total: string) =>
      total ? `Exporting: ${done} of ${total} rows…` : `Exporting: ${done} rows…`,
    cancel: 'Cancel export',
    done: (n: string) => `Exported ${n} rows.`,
    capped: (cap: string, total: string) =>
      `Exported the first ${cap} of ${total} rows: one export takes at most ${cap}. Narrow the search for the rest.`,
    cancelled: 'Export cancelled.',
    failed: 'Could not export the list',
    columns: {
      name: 'Name',
      uuid: 'UUID',
      deletedAt: 'Deleted at (UTC)',
      description: 'Description',
      cpu: 'CPUs',
      memoryBytes: 'Memory (bytes)',
      sizeBytes: 'Size (bytes)',
      lastVm: 'Last attached to (VM UUID)',
      mediaType: 'Media type',
      format: 'Format',
    },
  },
};
