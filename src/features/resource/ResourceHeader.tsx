// The top of a data volume's or an image's page: the way back to its recycle bin, its name, and, while it is in
// the bin, what the bin knows about it (owner, deleter, expunge window) with its Recover and Expunge.
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Companion } from '../../api/audit.ts';
import { imageQueries } from '../../api/images.ts';
import { useInBin } from '../../api/in-bin.ts';
import { useApi } from '../../api/session.ts';
import { volumeQueries } from '../../api/volumes.ts';
import { useBinActionDialogs } from '../../components/bin-dialogs.tsx';
import { BackToBin, InBinPanel } from '../../components/mui/InBinPanel.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/resource.ts';
import type { ServerTime } from '../../zstack/dates.ts';
import type { Image, Volume } from '../../zstack/inventories.ts';

type Resource = { kind: 'volume'; value: Volume } | { kind: 'image'; value: Image };

export interface ResourceHeaderProps {
  resource: Resource;
  /** In the recycle bin: since when (its expunge window counts from there). */
  deleted: { at: ServerTime | undefined; companions?: readonly Companion[] } | undefined;
}

export function ResourceHeader({ resource, deleted }: ResourceHeaderProps) {
  const t = useT();
  const { kind, value } = resource;
  const name = value.name ?? value.uuid;
  const state = deleted ? stateLabel(t.common.states, 'Deleted') : undefined;
  useEffect(() => {
    document.title = t.resource.documentTitle(name, state);
  }, [t, name, state]);
  return (
    <>
      <BackToBin kind={kind} uuid={deleted ? value.uuid : undefined} />
      <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
        {name}
      </Typography>
      {deleted && <ResourceInBin resource={resource} deleted={deleted} />}
    </>
  );
}

function ResourceInBin({
  resource,
  deleted,
}: {
  resource: Resource;
  deleted: NonNullable<ResourceHeaderProps['deleted']>;
}) {
  const { kind, value } = resource;
  const facts = useInBin(kind, value.uuid, deleted.at, deleted.companions);
  const { ResourceAction } = useBinActionDialogs();
  const queryClient = useQueryClient();
  const api = useApi();
  const detail =
    kind === 'volume'
      ? volumeQueries.detail(api, value.uuid).queryKey
      : imageQueries.detail(api, value.uuid).queryKey;
  return (
    <InBinPanel
      kind={kind}
      name={value.name ?? value.uuid}
      facts={facts}
      // An expunge removes it from the cache (useExpungeVolume, useExpungeImage).
      expunged={() => queryClient.getQueryState(detail) === undefined}
      dialog={(action, close) => (
        <ResourceAction kind={kind} action={action} resource={value} onClose={close} onCancel={close} />
      )}
    />
  );
}
