// One deletion event as CSV for the ticket: who deleted what and when, and where each item is now. Times are ISO
// 8601 in UTC, so the file reads the same on every desk.
import type { DeletionEvent } from '../../api/deletion-events.ts';
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/events.ts';
import { toCsv } from '../../components/csv.ts';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export function eventCsv(
  event: DeletionEvent,
  t: Messages,
  /** The owner's name of each item ('' when not known). */
  ownerOf: (uuid: string) => string,
): string {
  const m = t.events;
  const header = [
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
  ];
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
  ]);
  return toCsv(header, rows);
}
