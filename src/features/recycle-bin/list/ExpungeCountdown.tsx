// When ZStack's expunge task will delete something for good, from its own kind's policy; highlighted under a day.
import type { ExpungePolicy } from '../../../api/resources.ts';
import { cls } from '../../../components/plain/classes.ts';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import { expungeInfo } from '../../../api/expunge-time.ts';

export function ExpungeCountdown({
  deleted,
  policy,
  now,
}: {
  deleted: Date | undefined;
  policy: ExpungePolicy | undefined;
  now: number;
}) {
  const m = useT().recycleBin;
  const format = useFormat();
  const info = expungeInfo(deleted, policy, now);
  if (info.kind === 'never') return <>{m.keptByHand}</>;
  if (info.kind === 'unknown') return <>—</>;
  const text = info.overdue ? m.dueNow : m.expungesIn(format.duration(info.msLeft));
  return (
    <div title={m.expungeMayRunUntil(format.dateTime(info.latest))}>
      {info.soon ? (
        // Dark orange under white text (5.6:1, WCAG AA, in both themes): see .rb-soon.
        <span className="rb-soon">
          {text}
          <span className={cls.srOnly}>{m.soon}</span>
        </span>
      ) : (
        text
      )}
      <span className={cls.secondary}>{format.dateTime(info.at)}</span>
    </div>
  );
}
