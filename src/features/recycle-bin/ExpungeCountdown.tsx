// When ZStack's expunge task will delete something for good, from its own kind's policy; highlighted under a day.
import Box from '@mui/material/Box';
import type { ExpungePolicy } from '../../api/resources.ts';
import { cls } from '../../components/classes.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { expungeInfo } from './expunge-time.ts';

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
        <Box
          component="span"
          sx={{
            // #bf360c under white text is 5.6:1 (WCAG AA) in both themes; MUI's warning.dark is only 3.8:1.
            bgcolor: '#bf360c',
            color: '#fff',
            borderRadius: 3,
            px: 1,
            py: 0.25,
            fontWeight: 600,
          }}
        >
          {text}
          <span className={cls.srOnly}>{m.soon}</span>
        </Box>
      ) : (
        text
      )}
      <span className={cls.secondary}>{format.dateTime(info.at)}</span>
    </div>
  );
}
