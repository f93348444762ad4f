// One deletion event as CSV for the ticket: who deleted what and when, where each item is now, and, when a restore
// run labelled with this event is kept in this tab, each item's outcome, its job id and who restored it. Times are
// ISO 8601 in UTC, so the file reads the same on every desk.
import type { DeletionEvent } from '../../api/deletion-events.ts';
import { jobOutcome } from '../../api/operations/outcome.ts';
import { itemJobIds, type Run } from '../../api/operations/run.ts';
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

/** The event's own columns, the same on each of its lines. */
function eventCells(event: DeletionEvent, t: Messages): string[] {
  const who = event.who;
  return [
    event.id,
    who.kind === 'operator' ? who.operator : t.events.notRecorded,
    who.kind === 'operator' ? who.clientIp : '',
  ];
}

/** The restore's columns of one item: empty when no run restored it. */
function restoreCells(uuid: string, t: Messages, restore: EventRestore | undefined): string[] {
  const step = restore?.run.items.find((r) => r.uuid === uuid);
  if (!restore || !step) return ['', '', ''];
  const outcome = jobOutcome(step, step.resource ?? restore.run.resource, t.operations);
  return [outcome, itemJobIds(step).join(' '), restore.by];
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
    ...eventCells(event, t),
    iso(i.at),
    m.kinds[i.kind],
    i.name,
    i.uuid,
    ownerOf(i.uuid),
    m.states[i.state],
    i.state === 'deleted' ? iso(i.expungeAt) : '',
    i.withVm === undefined ? '' : (names.get(i.withVm) ?? i.withVm),
    ...restoreCells(i.uuid, t, restore),
  ]);
  return toCsv(header(t), [...rows, ...restoredOnly(event, t, ownerOf, restore)]);
}

/**
 * Items the restore brought back that the event no longer lists: a data volume deleted with its VM keeps no link to
 * that destroy once it is recovered, but the run that restored it knows it (its deletion time is then unknown).
 */
function restoredOnly(
  event: DeletionEvent,
  t: Messages,
  ownerOf: (uuid: string) => string,
  restore: EventRestore | undefined,
): string[][] {
  const m = t.events;
  const listed = new Set(event.items.map((i) => i.uuid));
  const names = new Map(restore?.run.items.map((r) => [r.uuid, r.name]));
  return (restore?.run.items ?? [])
    .filter((r) => !listed.has(r.uuid))
    .map((r) => {
      const kind = r.resource ?? restore?.run.resource ?? 'volume';
      return [
        ...eventCells(event, t),
        '',
        m.kinds[kind],
        r.name,
        r.uuid,
        ownerOf(r.uuid),
        r.status === 'done' ? m.states.recovered : m.states.deleted,
        '',
        r.attachTo === undefined ? '' : (names.get(r.attachTo) ?? r.attachTo),
        ...restoreCells(r.uuid, t, restore),
      ];
    });
}
