// One image: its inventory, and its copy on each backup storage (status and expunge time per storage, since an
// image can be deleted on some and not others); while a copy is deleted, what the recycle bin knows and does.
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { deletedRefs, imageDeletedAt, imageQueries } from '../../api/images.ts';
import { useSession } from '../../api/session.ts';
import { Detail } from '../../components/mui/Details.tsx';
import { show } from '../../components/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/resource.ts';
import type { Image } from '../../zstack/inventories.ts';
import { ImageRefs } from './ImageRefs.tsx';
import { ResourceFrame } from './ResourceFrame.tsx';
import { ResourceHeader } from './ResourceHeader.tsx';
import { StoredSummary } from './StoredSummary.tsx';

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
  const deleted = deletedRefs(image).length > 0;
  return (
    <Stack spacing={2}>
      <ResourceHeader
        resource={{ kind: 'image', value: image }}
        deleted={deleted ? { at: imageDeletedAt(image) } : undefined}
      />
      <ImageSummary image={image} />
      <ImageRefs image={image} />
    </Stack>
  );
}

function ImageSummary({ image }: { image: Image }) {
  const t = useT();
  const m = t.resource;
  return (
    <StoredSummary resource={image}>
      <Detail label={m.fields.mediaType}>{stateLabel(t.common.terms.mediaType, image.mediaType)}</Detail>
      <Detail label={m.fields.format}>{show(image.format)}</Detail>
      <Detail label={m.fields.platform}>{show(image.platform)}</Detail>
      <Detail label={m.fields.guestOs}>{show(image.guestOsType)}</Detail>
    </StoredSummary>
  );
}
