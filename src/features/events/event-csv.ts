// One deletion event as CSV for the ticket: who deleted what and when, where each item is now, the restore plan's
// marks for it (as the plan page shows them when it opens), and, when a restore run labelled with this event is kept
// in this tab, each item's outcome, its job id and who restored it. Times are ISO 8601 in UTC, so the file reads the
// same on every desk.
import type { DeletionEvent } from '../../api/deletion-events.ts';
import { jobOutcome } from '../../api/operations/outcome.ts';
import { itemJobIds, type Run } from '../../api/operations/run.ts';
import { markLine } from '../../api/restore-marks.ts';
import type { Mark } from '../../api/restore-plan.ts';
import { toCsv } from '../../components/csv.ts';
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/events.ts';
import '../../i18n/en/operations.ts';
import '../../i18n/en/restore.ts';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export interface EventRestore {
  run: Run;
  /** Who ran it (the account whose run it is). */
  by: string;
}

/** The restore plan's marks by item uuid, or `unchecked` when the plan could not be read. */
export type EventMarks = ReadonlyMap<string, readonly Mark[]> | 'unchecked';

export interface EventCsvOptions {
  /** The owner's name of each item ('' when not known). */
  ownerOf: (uuid: string) => string;
  marks?: EventMarks | undefined;
  restore?: EventRestore | undefined;
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
    t.events.csv.planChecks,
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

/** The plan's marks of one item, one per line; none for what is recovered (the plan did not ask about it). */
function marksCell(uuid: string, t: Messages, marks: EventMarks | undefined): string {
  if (marks === undefined) return '';
  if (marks === 'unchecked') return t.restore.loadFailed;
  return (marks.get(uuid) ?? []).map((mark) => markLine(mark, t)).join('\n');
}

/** The restore's columns of one item: empty when no run restored it. */
function restoreCells(uuid: string, t: Messages, restore: EventRestore | undefined): string[] {
  const step = restore?.run.items.find((r) => r.uuid === uuid);
  if (!restore || !step) return ['', '', ''];
  const outcome = jobOutcome(step, step.resource ?? restore.run.resource, t.operations);
  return [outcome, itemJobIds(step).join(' '), restore.by];
}

export function eventCsv(event: DeletionEvent, t: Messages, options: EventCsvOptions): string {
  const { ownerOf, marks, restore } = options;
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
    i.state === 'recovered' ? '' : marksCell(i.uuid, t, marks),
    ...restoreCells(i.uuid, t, restore),
  ]);
  return toCsv(header(t), [...rows, ...restoredOnly(event, t, options)]);
}

/**
 * Items the restore brought back that the event no longer lists: a data volume deleted with its VM keeps no link to
 * that destroy once it is recovered, but the run that restored it knows it (its deletion time is then unknown).
 */
function restoredOnly(event: DeletionEvent, t: Messages, options: EventCsvOptions): string[][] {
  const { ownerOf, restore } = options;
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
        r.status === 'done' ? '' : marksCell(r.uuid, t, options.marks),
        ...restoreCells(r.uuid, t, restore),
      ];
    });
}
