// One image: its inventory, and its copy on each backup storage (status and expunge time per storage, since an
// image can be deleted on some and not others), and who deleted it.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useDeletions } from '../../api/audit.ts';
import { deletedRefs, imageQueries } from '../../api/images.ts';
import { configQueries, nameQueries } from '../../api/resources.ts';
import { useSession } from '../../api/session.ts';
import { CopyButton } from '../../components/plain/CopyButton.tsx';
import { DeletedBy } from '../../components/plain/DeletedBy.tsx';
import { Detail, Details } from '../../components/mui/Details.tsx';
import { show } from '../../components/format.ts';
import { Panel } from '../../components/mui/Panel.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/resource.ts';
import type { Image } from '../../zstack/inventories.ts';
import { ResourceFrame } from './ResourceFrame.tsx';
import { ResourceHeader } from './ResourceHeader.tsx';

export function ImagePage() {
  const { uuid = '' } = useParams();
  const { api } = useSession();
  const image = useQuery(imageQueries.detail(api, uuid));
  return (
    <ResourceFrame kind="image" query={image}>
      {(i) => <ImageView image={i} />}
    </ResourceFrame>
  );
}

function ImageView({ image }: { image: Image }) {
  const t = useT();
  const m = t.resource;
  const format = useFormat();
  const { api, store } = useSession();
  const name = image.name ?? image.uuid;
  const deleted = deletedRefs(image).length > 0;
  const bs = useQuery({
    ...nameQueries.names(
      api,
      'backupStorages',
      image.backupStorageRefs.map((r) => r.backupStorageUuid),
    ),
    enabled: image.backupStorageRefs.length > 0,
  });
  const policy = useQuery({ ...configQueries.expungePolicy(api, 'image'), enabled: deleted });
  const deletion = useDeletions(api, 'image', deleted ? [image.uuid] : []);
  const who = deletion.byUuid?.get(image.uuid);
  const expungeAt = (time: Date | undefined) =>
    time && policy.data && policy.data.deletionPolicy !== 'Never'
      ? format.dateTime(new Date(time.getTime() + policy.data.expungePeriodSeconds * 1000))
      : '—';

  return (
    <Stack spacing={2}>
      <ResourceHeader name={name} inBin={deleted ? `/images?q=${image.uuid}` : undefined} />
      <Panel title={m.summaryTitle}>
        <Details>
          <Detail label={m.fields.name}>{show(image.name)}</Detail>
          <Detail label={m.fields.uuid}>
            {image.uuid}
            <CopyButton value={image.uuid} label={m.copyUuid(name)} />
          </Detail>
          <Detail label={m.fields.status}>{stateLabel(t.common.states, image.status)}</Detail>
          <Detail label={m.fields.state}>{stateLabel(t.common.states, image.state)}</Detail>
          <Detail label={m.fields.size}>{format.bytes(image.size)}</Detail>
          <Detail label={m.fields.actualSize}>{format.bytes(image.actualSize)}</Detail>
          <Detail label={m.fields.mediaType}>{stateLabel(t.common.terms.mediaType, image.mediaType)}</Detail>
          <Detail label={m.fields.format}>{show(image.format)}</Detail>
          <Detail label={m.fields.platform}>{show(image.platform)}</Detail>
          <Detail label={m.fields.guestOs}>{show(image.guestOsType)}</Detail>
          <Detail label={m.fields.created}>{format.dateTime(store.toDate(image.createDate))}</Detail>
          <Detail label={m.fields.lastOperation}>{format.dateTime(store.toDate(image.lastOpDate))}</Detail>
          {deleted && deletion.support === 'present' && (
            <Detail label={m.fields.deletedBy}>{who ? <DeletedBy {...who} /> : t.common.notInAudit}</Detail>
          )}
          {deleted && deletion.support === 'absent' && (
            <Detail label={m.fields.deletedBy}>{t.common.notRecorded}</Detail>
          )}
        </Details>
      </Panel>
      <Panel title={m.refsTitle}>
        <Box sx={{ overflowX: 'auto' }}>
          <Box
            component="table"
            aria-label={m.refsLabel}
            sx={{
              width: '100%',
              borderCollapse: 'collapse',
              typography: 'body2',
              '& th, & td': { textAlign: 'left', px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider' },
              '& th': { fontWeight: 500 },
              '& td': { overflowWrap: 'anywhere' },
            }}
          >
            <thead>
              <tr>
                <th scope="col">{m.refColumns.backupStorage}</th>
                <th scope="col">{m.refColumns.status}</th>
                <th scope="col">{m.refColumns.expunges}</th>
                <th scope="col">{m.refColumns.installPath}</th>
              </tr>
            </thead>
            <tbody>
              {image.backupStorageRefs.map((r) => (
                <tr key={r.backupStorageUuid}>
                  <td>{bs.data?.get(r.backupStorageUuid) ?? r.backupStorageUuid}</td>
                  <td>{stateLabel(t.common.states, r.status)}</td>
                  <td>{r.status === 'Deleted' ? expungeAt(store.toDate(r.lastOpDate)) : '—'}</td>
                  <td>{show(r.installPath)}</td>
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>
      </Panel>
    </Stack>
  );
}
