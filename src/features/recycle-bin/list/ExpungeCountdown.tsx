// When ZStack's expunge task will delete something for good, from its own kind's policy, on the node's clock: the
// countdown to the first pass that may take it and the exact window (that instant, and one check interval later);
// highlighted under a day. While automatic expunging is paused, kept until resumed.
import type { Retention } from '../../../api/retention-window.ts';
import { cls } from '../../../components/plain/classes.ts';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import { expungeInfo } from '../../../api/expunge-time.ts';

export function ExpungeCountdown({
  deleted,
  policy,
  now,
  paused = false,
}: {
  deleted: Date | undefined;
  policy: Retention | undefined;
  /** The node's time now (api/node-clock.ts). */
  now: number;
  paused?: boolean;
}) {
  const m = useT().recycleBin;
  const format = useFormat();
  const info = expungeInfo(deleted, policy, now);
  if (info.kind === 'never') return <>{paused ? m.keptUntilResumed : m.keptByHand}</>;
  if (info.kind === 'unknown') return <>—</>;
  const text = info.overdue ? m.dueNow : m.expungesIn(format.duration(info.msLeft));
  return (
    <div>
      {info.soon ? (
        // Dark orange under white text (5.6:1, WCAG AA, in both themes): see .rb-soon.
        <span className="rb-soon">
          {text}
          <span className={cls.srOnly}>{m.soon}</span>
        </span>
      ) : (
        text
      )}
      <span className={cls.secondary}>
        {m.inBin.window(format.dateTime(info.at), format.dateTime(info.latest))}
      </span>
    </div>
  );
}
