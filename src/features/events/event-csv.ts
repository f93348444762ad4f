// One deletion event as CSV for the ticket: who deleted what and when, where each item is now, and, when a restore
// run labelled with this event is kept in this tab, each item's outcome, its job id and who restored it. Times are
// ISO 8601 in UTC, so the file reads the same on every desk.
import type { DeletionEvent, DeletionRecord } from '../../api/deletion-events.ts';
import { jobOutcome } from '../../api/operations/outcome.ts';
import type { Run } from '../../api/operations/run.ts';
import { toCsv } from '../../components/csv.ts';
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/events.ts';
import '../../i18n/en/operations.ts';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export interface EventRestore {
  run: Run;
  /** Who ran it (the account whose run it is). */
  by: string;
}

function header(t: Messages): string[] {
  return [
    t.events.csv.event,
    t.events.csv.operator,
    t.events.csv.clientIp,
    t.events.csv.deletedAt,
    t.events.csv.kind,
    t.events.csv.name,
    t.events.csv.uuid,
    t.events.csv.owner,
    t.events.csv.stateNow,
    t.events.csv.expungeAt,
    t.events.csv.withVm,
    t.events.csv.restoreOutcome,
    t.events.csv.jobId,
    t.events.csv.restoredBy,
  ];
}

/** The restore's columns of one item: empty when no run restored it. */
function restoreCells(i: DeletionRecord, t: Messages, restore: EventRestore | undefined): string[] {
  const step = restore?.run.items.find((r) => r.uuid === i.uuid);
  if (!restore || !step) return ['', '', ''];
  const outcome = jobOutcome(step, step.resource ?? restore.run.resource, t.operations);
  return [outcome, step.jobUuid ?? step.error?.jobUuid ?? '', restore.by];
}

export function eventCsv(
  event: DeletionEvent,
  t: Messages,
  /** The owner's name of each item ('' when not known). */
  ownerOf: (uuid: string) => string,
  restore?: EventRestore,
): string {
  const m = t.events;
  const names = new Map(event.items.map((i) => [i.uuid, i.name]));
  const rows = event.items.map((i) => [
    event.id,
    event.who.kind === 'operator' ? event.who.operator : m.notRecorded,
    event.who.kind === 'operator' ? event.who.clientIp : '',
    iso(i.at),
    m.kinds[i.kind],
    i.name,
    i.uuid,
    ownerOf(i.uuid),
    m.states[i.state],
    i.state === 'deleted' ? iso(i.expungeAt) : '',
    i.withVm === undefined ? '' : (names.get(i.withVm) ?? i.withVm),
    ...restoreCells(i, t, restore),
  ]);
  return toCsv(header(t), rows);
}
