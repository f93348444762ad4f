// An image's copy on each backup storage: status, and when a deleted copy is expunged (each has its own lastOpDate).
import { useQuery } from '@tanstack/react-query';
import { expungeInfo } from '../../api/expunge-time.ts';
import { nameQueries } from '../../api/resources.ts';
import { retentionQueries } from '../../api/retention.ts';
import { usePause } from '../../api/retention-pause.ts';
import { useSession } from '../../api/session.ts';
import { show } from '../../components/format.ts';
import { Panel } from '../../components/mui/Panel.tsx';
import { PlainTable } from '../../components/plain/PlainTable.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/resource.ts';
import type { ServerTime } from '../../zstack/dates.ts';
import type { Image } from '../../zstack/inventories.ts';

export function ImageRefs({ image }: { image: Image }) {
  const t = useT();
  const m = t.resource;
  const format = useFormat();
  const { api, store } = useSession();
  const refs = image.backupStorageRefs;
  const deleted = refs.some((r) => r.status === 'Deleted');
  const bs = useQuery({
    ...nameQueries.names(
      api,
      'backupStorages',
      refs.map((r) => r.backupStorageUuid),
    ),
    enabled: refs.length > 0,
  });
  const policy = useQuery({ ...retentionQueries.policy(api, 'image'), enabled: deleted });
  const paused = usePause().paused.includes('image');
  const bin = t.recycleBin;
  // The exact window of each deleted copy; while automatic expunging is paused, kept until resumed.
  const expungeAt = (time: ServerTime | undefined) => {
    const info = expungeInfo(store.toDate(time), policy.data);
    if (info.kind === 'never') return paused ? bin.keptUntilResumed : bin.keptByHand;
    return info.kind === 'scheduled'
      ? bin.inBin.window(format.dateTime(info.at), format.dateTime(info.latest))
      : '—';
  };
  return (
    <Panel title={m.refsTitle}>
      <PlainTable
        label={m.refsLabel}
        headers={[
          m.refColumns.backupStorage,
          m.refColumns.status,
          m.refColumns.expunges,
          m.refColumns.installPath,
        ]}
      >
        {refs.map((r) => (
          <tr key={r.backupStorageUuid}>
            <td>{bs.data?.get(r.backupStorageUuid) ?? r.backupStorageUuid}</td>
            <td>{stateLabel(t.common.states, r.status)}</td>
            <td>{r.status === 'Deleted' ? expungeAt(r.lastOpDate) : '—'}</td>
            <td>{show(r.installPath)}</td>
          </tr>
        ))}
      </PlainTable>
    </Panel>
  );
}
