// The results of a bulk run as text for a ticket: the failed items to paste, and every item as a CSV file.
import { describeError } from '../../../components/error-text.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import '../../../i18n/en/operations.ts';
import { stateLabel } from '../../../i18n/states.ts';
import type { ErrorCode } from '../../../zstack/errors.ts';
import {
  fromStoredError,
  isSettled,
  itemResource,
  type Run,
  type RunItem,
} from '../../../api/operations/run.ts';
import { jobOutcome } from '../../../api/operations/outcome.ts';
import { defused } from '../../../components/csv.ts';

/** The one-line reason of a failed item, in plain words; empty when it did not fail. */
export function failureReason(item: RunItem, resource: Run['resource'], t: Messages): string {
  return item.error ? describeError(fromStoredError(item.error), t, resource).headline : '';
}

function codes(ec: ErrorCode): string[] {
  return [ec.code, ...(ec.cause ? codes(ec.cause) : []), ...(ec.causes ?? []).flatMap(codes)];
}

/** The error codes of the whole cause chain, outermost first ("SYS.1006 ← VM.1010"). */
export function codeChain(item: RunItem): string {
  return item.error ? codes(item.error.errorCode).join(' ← ') : '';
}

function table(run: Run, items: readonly RunItem[], t: Messages): string[][] {
  const m = t.operations;
  const head = [
    m.columns.name(run.resource),
    m.columns.uuid,
    m.columns.job,
    m.columns.state(run.resource),
    m.columns.errorCode,
    m.columns.reason,
  ];
  const rows = items.map((item) => [
    item.name,
    item.uuid,
    jobOutcome(item, itemResource(run, item), m),
    item.state === undefined ? '' : stateLabel(t.common.states, item.state),
    codeChain(item),
    failureReason(item, itemResource(run, item), t),
  ]);
  return [head, ...rows];
}

/** Items that did not succeed (failed, unknown, not started): what a ticket needs. */
export function unsuccessful(run: Run): RunItem[] {
  return run.items.filter((i) => isSettled(i) && i.status !== 'done');
}

/** Tab-separated lines (a header first) of the items that did not succeed: pastes into a ticket or a sheet. */
export function failedListText(run: Run, t: Messages): string {
  const oneLine = (s: string) => s.replace(/[\t\r\n]+/gu, ' ');
  return table(run, unsuccessful(run), t)
    .map((row) => row.map(oneLine).join('\t'))
    .join('\n');
}

/**
 * One CSV field: always quoted, quotes doubled, and defused as every export is (components/csv.ts), so a VM named
 * "=HYPERLINK(…)" stays text in Excel and LibreOffice.
 */
export function csvField(value: string): string {
  return `"${defused(value).replace(/"/gu, '""')}"`;
}

/** The whole run as CSV: UTF-8 with a byte-order mark (Excel then reads Chinese right), CRLF line ends. */
export function resultsCsv(run: Run, t: Messages): string {
  const lines = table(run, run.items, t).map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name that sorts by time and says what ran, e.g. recover-vm-20261206-171430.csv. */
export function csvFileName(run: Run): string {
  const d = new Date(run.startedAt);
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
  return `${run.action}-${run.resource}-${stamp}.csv`;
}
