import Box from '@mui/material/Box';
import { type ReactNode, useId } from 'react';
import { useServerDate } from '../../api/session.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { show } from '../../components/format.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';
import { ResourceName } from './ResourceName.tsx';
import type { NameOf } from './use-vm-names.ts';
import { VmStateChip } from './VmStateChip.tsx';

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** One label/value pair; the value is named by its label, so `getByRole('definition', { name })` finds it. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <Box component="dt" id={id} sx={{ color: 'text.secondary', fontWeight: 500 }}>
        {label}
      </Box>
      <Box component="dd" aria-labelledby={id} sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}

function cpuText(t: Messages, vm: VmInstance): string {
  if (vm.cpuNum === undefined) return '—';
  return t.vm.cpu(vm.cpuNum, vm.cpuSpeed);
}

export function VmSummary({ vm, nameOf }: { vm: VmInstance; nameOf: NameOf }) {
  const toDate = useServerDate();
  const t = useT();
  const format = useFormat();
  const l = t.vm.summary;
  const name = vm.name ?? vm.uuid;
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        columnGap: 2,
        rowGap: 1,
        alignItems: 'baseline',
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          sm: 'minmax(8rem, max-content) minmax(0, 1fr)',
          lg: 'minmax(8rem, max-content) minmax(0, 1fr) minmax(8rem, max-content) minmax(0, 1fr)',
        },
        // Stacked on a phone: a little air above each label.
        '& dt:not(:first-of-type)': { mt: { xs: 1, sm: 0 } },
      }}
    >
      <Item label={l.name}>{show(vm.name)}</Item>
      <Item label={l.uuid}>
        <Box component="span" sx={{ fontFamily: mono }}>
          {vm.uuid}
        </Box>
        <CopyButton value={vm.uuid} label={t.vm.copyUuid(name)} />
      </Item>
      <Item label={l.state}>
        <VmStateChip state={vm.state} />
      </Item>
      <Item label={l.description}>{show(vm.description)}</Item>
      <Item label={l.platform}>{show(vm.platform)}</Item>
      <Item label={l.architecture}>{show(vm.architecture)}</Item>
      <Item label={l.guestOs}>{show(vm.guestOsType)}</Item>
      <Item label={l.type}>{show(vm.type)}</Item>
      <Item label={l.cpu}>{cpuText(t, vm)}</Item>
      <Item label={l.memory}>{format.bytes(vm.memorySize)}</Item>
      <Item label={l.hypervisor}>{show(vm.hypervisorType)}</Item>
      <Item label={l.zone}>
        <ResourceName name={nameOf('zones', vm.zoneUuid)} />
      </Item>
      <Item label={l.cluster}>
        <ResourceName name={nameOf('clusters', vm.clusterUuid)} />
      </Item>
      <Item label={l.host}>
        <ResourceName name={nameOf('hosts', vm.hostUuid)} />
      </Item>
      <Item label={l.lastHost}>
        <ResourceName name={nameOf('hosts', vm.lastHostUuid)} />
      </Item>
      <Item label={l.image}>
        <ResourceName name={nameOf('images', vm.imageUuid)} />
      </Item>
      <Item label={l.instanceOffering}>
        <ResourceName name={nameOf('instanceOfferings', vm.instanceOfferingUuid)} />
      </Item>
      <Item label={l.defaultL3Network}>
        <ResourceName name={nameOf('l3Networks', vm.defaultL3NetworkUuid)} />
      </Item>
      <Item label={l.allocatorStrategy}>{show(vm.allocatorStrategy)}</Item>
      <Item label={l.created}>{format.dateTime(toDate(vm.createDate))}</Item>
      <Item label={l.lastOperation}>{format.dateTime(toDate(vm.lastOpDate))}</Item>
    </Box>
  );
}
