// The summary panel of a stored resource (a data volume, an image): the fields both have, in the same order, around
// the kind's own ones.
import type { ReactNode } from 'react';
import { useSession } from '../../api/session.ts';
import { show } from '../../components/format.ts';
import { Detail, Details } from '../../components/mui/Details.tsx';
import { Panel } from '../../components/mui/Panel.tsx';
import { CopyButton } from '../../components/plain/CopyButton.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/resource.ts';
import type { Image, Volume } from '../../zstack/inventories.ts';

type Stored = Pick<
  Volume & Image,
  'uuid' | 'name' | 'status' | 'state' | 'size' | 'actualSize' | 'createDate' | 'lastOpDate'
>;

/** Name, UUID, status, state and sizes; then the kind's fields (`children`); then when it was created and last changed. */
export function StoredSummary({ resource, children }: { resource: Stored; children: ReactNode }) {
  const t = useT();
  const m = t.resource;
  const format = useFormat();
  const { store } = useSession();
  return (
    <Panel title={m.summaryTitle}>
      <Details>
        <Detail label={m.fields.name}>{show(resource.name)}</Detail>
        <Detail label={m.fields.uuid}>
          {resource.uuid}
          <CopyButton value={resource.uuid} label={m.copyUuid(resource.name ?? resource.uuid)} />
        </Detail>
        <Detail label={m.fields.status}>{stateLabel(t.common.states, resource.status)}</Detail>
        <Detail label={m.fields.state}>{stateLabel(t.common.states, resource.state)}</Detail>
        <Detail label={m.fields.size}>{format.bytes(resource.size)}</Detail>
        <Detail label={m.fields.actualSize}>{format.bytes(resource.actualSize)}</Detail>
        {children}
        <Detail label={m.fields.created}>{format.dateTime(store.toDate(resource.createDate))}</Detail>
        <Detail label={m.fields.lastOperation}>{format.dateTime(store.toDate(resource.lastOpDate))}</Detail>
      </Details>
    </Panel>
  );
}
