// Texts of the Retention page and the "Expiring soon" view: ZStack's deletion policy, expunge period and interval.
// Not in the first paint: the modules that read t.retention import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

type Kind = 'vm' | 'volume' | 'image';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const items = (kind: Kind, n: number) =>
  kind === 'vm'
    ? plural(n, 'VM', 'VMs')
    : kind === 'volume'
      ? plural(n, 'data volume', 'data volumes')
      : plural(n, 'image', 'images');

export const retention = {
  documentTitle: 'Retention · ZStack',
  title: 'Retention',
  intro:
    'How long ZStack keeps what was deleted before its expunge task deletes it for good. The task of each kind reads the policy and the period below every time it runs, so a change applies at once to everything already in the recycle bin.',
  windowRule:
    'An item is expunged between its last change (lastOpDate) + the expunge period and one check interval later: the task runs once per interval and takes everything whose period has run out.',
  clockRule: 'Editing a deleted item (a rename, a new description) restarts its clock.',
  directRule:
    'Direct bypasses the recycle bin for new deletions only: what is already in the bin keeps its clock.',
  kinds: { vm: 'VMs', volume: 'Data volumes', image: 'Images' } satisfies Record<Kind, string>,
  tableLabel: 'Retention of each recycle bin',
  colKind: 'Recycle bin',
  colPolicy: 'Deletion policy',
  colPeriod: 'Expunge period',
  colInterval: 'Check interval',
  colHeld: 'In the bin',
  colNext: 'Next to go',
  policies: {
    Delay: 'Delay: kept in the recycle bin, then expunged',
    Never: 'Never: kept until expunged by hand',
    Direct: 'Direct: deleted at once, no recycle bin',
  } satisfies Record<'Delay' | 'Never' | 'Direct', string>,
  defaultIs: (value: string) => `default ${value}`,
  nothingHeld: 'Nothing',
  windowText: (from: string, until: string) => `between ${from} and ${until}`,
  dueAtNextPass: 'at the next pass',
  imageCopies: 'Images are counted per backup storage: each deleted copy has its own clock.',
  readOnly: 'Only an administrator can change retention. You can see it here.',
  pause: 'Pause automatic expunging',
  pauseTitle: 'Pause automatic expunging?',
  pauseMeans:
    'The deletion policy of VMs, data volumes and images becomes Never. Nothing is expunged automatically until it is resumed; new deletions are kept too. Expunging by hand still works.',
  confirmPause: 'Pause',
  resume: 'Resume automatic expunging',
  resumeTitle: 'Resume automatic expunging',
  restoreLabel: (kind: string) => `Policy to restore for ${kind}`,
  previousKnown: 'The policies in force before the pause are chosen.',
  previousUnknown:
    'This console does not know the policies before the pause (ZStack keeps none): Delay is chosen.',
  resumeImpact: (kind: Kind, n: number) =>
    `${items(kind, n)} will be expunged at the next pass, which comes at once.`,
  confirmResume: 'Resume',
  cancel: 'Cancel',
  change: (kind: string) => `Change ${kind}`,
  changeTitle: (kind: string) => `Change the retention of ${kind}`,
  policyLabel: 'Deletion policy',
  periodLabel: 'Expunge period (seconds)',
  intervalLabel: 'Check interval (seconds)',
  invalidPeriod: 'Enter a whole number of seconds greater than 0.',
  invalidInterval: 'Enter a whole number of seconds greater than 1.',
  review: 'Review',
  noChange: 'Nothing changed.',
  impactTitle: 'What the next pass will expunge',
  impactLine: (kind: Kind, n: number) => `${items(kind, n)} in the recycle bin`,
  directImpact: (kind: Kind, n: number) =>
    `New deletions of ${kind === 'vm' ? 'VMs' : kind === 'volume' ? 'data volumes' : 'images'} skip the recycle bin. ${items(kind, n)} already past the period stay due.`,
  typeToConfirm: (n: number) => `Type ${n} to confirm`,
  typedWrong: 'The number does not match.',
  apply: 'Apply',
  applied: 'Retention changed.',
  pausedDone: 'Automatic expunging is paused.',
  resumedDone: 'Automatic expunging is resumed.',
  refused: 'ZStack refused the change',
  counting: 'Counting…',
  countFailed: 'Could not count what the next pass takes; try again before confirming.',
  expiringTitle: 'Expiring soon',
  expiringDocumentTitle: 'Expiring soon · ZStack',
  expiringIntro: (lead: string) => `Items the expunge task will take within ${lead}, soonest first.`,
  leadLabel: 'Lead time',
  expiringLoading: 'Loading what expires soon',
  expiringFailed: 'Could not load what expires soon',
  expiringTable: 'Items expiring soon',
  colName: 'Name',
  colWhen: 'Expunged',
  noneExpiring: 'Nothing expires within the lead time.',
  pausedNote: 'Automatic expunging is paused for some kinds: their items are kept until it is resumed.',
};

declare module './registry.ts' {
  interface LazyMessages {
    retention: typeof retention;
  }
}

registerEn('retention', retention);
