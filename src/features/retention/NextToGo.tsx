// When a bin's next item goes: the exact window of its oldest item, or "kept until resumed" while paused.
import { useQuery } from '@tanstack/react-query';
import { retentionQueries } from '../../api/retention.ts';
import { expungeWindow } from '../../api/retention-window.ts';
import { useApi } from '../../api/session.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';
import type { RetentionState } from './use-retention.ts';

export function WindowText({
  lastOpDate,
  kind,
  state,
}: {
  lastOpDate: number;
  kind: ResourceKind;
  state: RetentionState;
}) {
  const m = useT().retention;
  const format = useFormat();
  const bin = useT().recycleBin;
  const w = expungeWindow(lastOpDate, state.configs?.[kind], state.nodeNow);
  if (w.kind === 'paused') return <>{state.paused.includes(kind) ? bin.keptUntilResumed : bin.keptByHand}</>;
  if (w.kind === 'unknown') return <>—</>;
  // On the node's clock, as lastOpDate is: the dates the node's own arithmetic gives, the countdown from its now.
  const text = m.windowText(format.dateTime(new Date(w.from)), format.dateTime(new Date(w.until)));
  return (
    <>
      {w.due ? m.dueAtNextPass : format.duration(w.from - state.nodeNow)}
      <span className="rb-secondary">{text}</span>
    </>
  );
}

export function NextToGo({ kind, state }: { kind: ResourceKind; state: RetentionState }) {
  const m = useT().retention;
  const api = useApi();
  const oldest = useQuery(retentionQueries.oldest(api, state.offsetMinutes)).data;
  if (!oldest) return <>…</>;
  const at = oldest[kind];
  if (at === null) return <>{m.nothingHeld}</>;
  return <WindowText lastOpDate={at} kind={kind} state={state} />;
}
