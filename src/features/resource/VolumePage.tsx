// One data volume: its inventory (what ZStack returned when it was recovered), who deleted it, and attaching it
// to a VM, which a recovered volume needs (it comes back detached).
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { volumeCompanions } from '../../api/audit.ts';
import { nameQueries } from '../../api/resources.ts';
import { useSession } from '../../api/session.ts';
import { volumeQueries } from '../../api/volumes.ts';
import { Detail } from '../../components/mui/Details.tsx';
import { show } from '../../components/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/resource.ts';
import type { Volume } from '../../zstack/inventories.ts';
import { AttachVolume } from './AttachVolume.tsx';
import { ResourceFrame } from './ResourceFrame.tsx';
import { ResourceHeader } from './ResourceHeader.tsx';
import { StoredSummary } from './StoredSummary.tsx';
import { paths } from '../../components/paths.ts';

export function VolumePage() {
  const { uuid = '' } = useParams();
  const { api } = useSession();
  const volume = useQuery(volumeQueries.detail(api, uuid));
  return (
    <ResourceFrame kind="volume" query={volume}>
      {(v) => <VolumeView volume={v} />}
    </ResourceFrame>
  );
}

function VolumeView({ volume }: { volume: Volume }) {
  const t = useT();
  const m = t.resource;
  const { api, session, store } = useSession();
  const deleted = volume.status === 'Deleted';
  const vms = [volume.vmInstanceUuid, volume.lastVmInstanceUuid].filter((u): u is string => !!u);
  const vmNames = useQuery({ ...nameQueries.names(api, 'vms', vms), enabled: vms.length > 0 });
  const psNames = useQuery({
    ...nameQueries.names(
      api,
      'primaryStorages',
      volume.primaryStorageUuid ? [volume.primaryStorageUuid] : [],
    ),
    enabled: !!volume.primaryStorageUuid,
  });
  const vmLink = (u: string | undefined) =>
    u ? <RouterLink to={paths.vm(u)}>{vmNames.data?.get(u) ?? u}</RouterLink> : m.notAttached;

  return (
    <Stack spacing={2}>
      <ResourceHeader
        resource={{ kind: 'volume', value: volume }}
        deleted={
          deleted
            ? { at: volume.lastOpDate, companions: volumeCompanions([volume], store.toDate) }
            : undefined
        }
      />
      <StoredSummary resource={volume}>
        <Detail label={m.fields.format}>{show(volume.format)}</Detail>
        <Detail label={m.fields.primaryStorage}>
          {volume.primaryStorageUuid
            ? (psNames.data?.get(volume.primaryStorageUuid) ?? volume.primaryStorageUuid)
            : '—'}
        </Detail>
        <Detail label={m.fields.attachedTo}>{vmLink(volume.vmInstanceUuid)}</Detail>
        <Detail label={m.fields.lastAttachedTo}>
          {volume.lastVmInstanceUuid ? vmLink(volume.lastVmInstanceUuid) : '—'}
        </Detail>
      </StoredSummary>
      {!deleted && !volume.vmInstanceUuid && volume.type === 'Data' && session && (
        <AttachVolume volume={volume} />
      )}
    </Stack>
  );
}
