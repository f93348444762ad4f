// Texts of the deletion events views: the list of events, one event, and its CSV report.
// Not in the first paint: the modules that read t.events import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

type Kind = 'vm' | 'volume' | 'image';
type ItemState = 'deleted' | 'recovered' | 'expunged';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const events = {
  documentTitle: 'Deletion events · ZStack',
  title: 'Deletion events',
  intro:
    'What was deleted together: one operator, from one address, with no pause longer than the gap between two deletions, across VMs, data volumes and images. A data volume deleted with its VM is in that VM’s event.',
  introAccount:
    'This ZStack edition keeps no audit log, so who deleted what is not recorded: these events are grouped by the owning account instead, with the same gap. Only what is still in the recycle bins is known.',
  introOwn: 'Your account sees the events of its own deletions.',
  filters: 'Filter the events',
  operator: 'Operator',
  operatorHelp: 'The exact login name; applied on Enter.',
  operatorMisread: (op: string) => `ZStack cannot search for a name containing “${op}”.`,
  from: 'Deleted from',
  to: 'Deleted until',
  gap: 'Gap (minutes)',
  gapHelp: 'The longest pause between two deletions of one event.',
  clear: 'Clear filters',
  loading: 'Loading deletion events',
  loadFailed: 'The deletion events could not be loaded',
  empty: 'No deletion events match.',
  tableLabel: 'Deletion events, newest first',
  colWhen: 'Deleted',
  colWho: 'Who',
  colFrom: 'From',
  colItems: 'Items',
  colDone: 'Recovered / expunged',
  colDeadline: 'Deadline',
  when: (first: string, last: string) => (first === last ? first : `${first} – ${last}`),
  byAccount: (name: string) => `Account ${name}`,
  notRecorded: 'not recorded by this ZStack edition',
  kindCount: (kind: Kind, n: number) =>
    kind === 'vm'
      ? plural(n, 'VM', 'VMs')
      : kind === 'volume'
        ? plural(n, 'data volume', 'data volumes')
        : plural(n, 'image', 'images'),
  done: (recovered: number, expunged: number) => `${recovered} recovered, ${expunged} expunged`,
  deadlineIn: (left: string) => `in ${left}`,
  deadlineDue: 'due at the next pass',
  noDeadline: 'none: nothing left is expunged automatically',
  deadlineAt: (at: string) => `expunged from ${at}`,
  newer: 'Newer events',
  older: 'Older events',
  pageNumber: (n: number) => `Page ${n}`,
  finding: 'Finding the deletion event',
  noEventFor: 'The audit log has no deletion of this item, so it belongs to no deletion event.',
  allEvents: 'All deletion events',
  eventTitle: (who: string, when: string) => `Deletion event: ${who}, ${when}`,
  notFound:
    'There is no such deletion event: the log holds no deletions that make it, or they are grouped with another gap now.',
  summaryLabel: 'About this event',
  items: 'Deleted items',
  colKind: 'Kind',
  colName: 'Name',
  colState: 'State now',
  colOwner: 'Owner',
  colDeletedAt: 'Deleted at',
  colExpunge: 'Expunged from',
  kinds: { vm: 'VM', volume: 'Data volume', image: 'Image' } satisfies Record<Kind, string>,
  states: {
    deleted: 'In the recycle bin',
    recovered: 'Recovered',
    expunged: 'Expunged',
  } satisfies Record<ItemState, string>,
  withVm: (vm: string) => `deleted with VM ${vm}`,
  planRestore: 'Plan restore',
  planNothing: 'Nothing in this event is still in the recycle bin.',
  exportCsv: 'Export CSV',
  csvChecking: 'Checking the restore plan for the CSV…',
  print: 'Print',
  csvFile: (id: string) => `deletion-event-${id}.csv`,
  csv: {
    event: 'Event',
    operator: 'Operator',
    clientIp: 'Client address',
    deletedAt: 'Deleted at',
    kind: 'Kind',
    name: 'Name',
    uuid: 'UUID',
    owner: 'Owner',
    stateNow: 'State now',
    expungeAt: 'Expunged from',
    withVm: 'Deleted with VM',
    planChecks: 'Restore plan checks',
    restoreOutcome: 'Restore outcome',
    jobId: 'Job id',
    restoredBy: 'Restored by',
  },
};

declare module './registry.ts' {
  interface LazyMessages {
    events: typeof events;
  }
}

registerEn('events', events);
