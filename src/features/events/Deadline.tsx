// An event's deadline: the earliest expunge time of what is left, counting down on the node's clock.
import { cls } from '../../components/plain/classes.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';
import type { NodeClock } from './use-event-clock.ts';

const DAY = 86_400_000;
const two = (n: number) => String(n).padStart(2, '0');

/** hh:mm:ss, after the whole days in words. */
function useCountdown(): (ms: number) => string {
  const format = useFormat();
  return (ms) => {
    const s = Math.floor(ms / 1000);
    const days = Math.floor(ms / DAY);
    const clock = `${two(Math.floor((s % 86_400) / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
    return days > 0 ? `${format.period(days * 86_400)} ${clock}` : clock;
  };
}

export function Deadline({ at, clock }: { at: number | undefined; clock: NodeClock }) {
  const m = useT().events;
  const format = useFormat();
  const countdown = useCountdown();
  if (at === undefined) return <>{m.noDeadline}</>;
  const left = at - clock.now;
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>
        {left <= 0 ? m.deadlineDue : m.deadlineIn(countdown(left))}
      </span>
      {/* the node's own time, as every other time in the console (lastOpDate + period) */}
      <span className={cls.secondary}>{m.deadlineAt(format.dateTime(new Date(at)))}</span>
    </>
  );
}
