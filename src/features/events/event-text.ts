// How an event names who deleted it and what it holds, in the active language.
import type { DeletionEvent } from '../../api/deletion-events.ts';
import type { Format } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/events.ts';

/** Who: the operator (or "unknown"), or without the audit log "not recorded" (the account is the group). */
export function whoText(e: DeletionEvent, t: Messages): string {
  if (e.who.kind === 'account') return t.events.notRecorded;
  return e.who.operator || t.common.unknownOperator;
}

/** The account an event by account belongs to, by name when known. */
export function accountText(
  e: DeletionEvent,
  t: Messages,
  accounts: ReadonlyMap<string, string>,
): string | undefined {
  return e.who.kind === 'account'
    ? t.events.byAccount(accounts.get(e.who.account) ?? e.who.account)
    : undefined;
}

export function fromText(e: DeletionEvent): string {
  return e.who.kind === 'operator' && e.who.clientIp ? e.who.clientIp : '—';
}

export function countsText(e: DeletionEvent, t: Messages, format: Format): string {
  const kinds = (['vm', 'volume', 'image'] as const).filter((k) => e.counts[k] > 0);
  return format.list(kinds.map((k) => t.events.kindCount(k, e.counts[k])));
}

export function whenText(e: DeletionEvent, t: Messages, format: Format): string {
  return t.events.when(format.dateTime(new Date(e.first)), format.dateTime(new Date(e.last)));
}
