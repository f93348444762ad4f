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
  const w = expungeWindow(lastOpDate, state.configs?.[kind], state.nodeNow);
  if (w.kind === 'paused') return <>{m.keptUntilResumed}</>;
  if (w.kind === 'unknown') return <>—</>;
  // The node's clock, shown in the browser's time: the window moves with the node, not with this tab.
  const local = (nodeMs: number) => new Date(nodeMs - state.skew);
  const text = m.windowText(format.dateTime(local(w.from)), format.dateTime(local(w.until)));
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
