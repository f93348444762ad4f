import Box from '@mui/material/Box';
import { type ReactNode, useId } from 'react';
import { useServerDate } from '../../api/session.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { formatBytes, formatDateTime, show } from '../../components/format.ts';
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

function cpuText(vm: VmInstance): string {
  if (vm.cpuNum === undefined) return '—';
  const speed = vm.cpuSpeed ? ` at ${vm.cpuSpeed} MHz` : '';
  return `${vm.cpuNum} vCPU${speed}`;
}

export function VmSummary({ vm, nameOf }: { vm: VmInstance; nameOf: NameOf }) {
  const toDate = useServerDate();
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
      <Item label="Name">{show(vm.name)}</Item>
      <Item label="UUID">
        <Box component="span" sx={{ fontFamily: mono }}>
          {vm.uuid}
        </Box>
        <CopyButton value={vm.uuid} label={`Copy UUID of ${name}`} />
      </Item>
      <Item label="State">
        <VmStateChip state={vm.state} />
      </Item>
      <Item label="Description">{show(vm.description)}</Item>
      <Item label="Platform">{show(vm.platform)}</Item>
      <Item label="Architecture">{show(vm.architecture)}</Item>
      <Item label="Guest OS">{show(vm.guestOsType)}</Item>
      <Item label="Type">{show(vm.type)}</Item>
      <Item label="CPU">{cpuText(vm)}</Item>
      <Item label="Memory">{formatBytes(vm.memorySize)}</Item>
      <Item label="Hypervisor">{show(vm.hypervisorType)}</Item>
      <Item label="Zone">
        <ResourceName name={nameOf('zones', vm.zoneUuid)} />
      </Item>
      <Item label="Cluster">
        <ResourceName name={nameOf('clusters', vm.clusterUuid)} />
      </Item>
      <Item label="Host">
        <ResourceName name={nameOf('hosts', vm.hostUuid)} />
      </Item>
      <Item label="Last host">
        <ResourceName name={nameOf('hosts', vm.lastHostUuid)} />
      </Item>
      <Item label="Image">
        <ResourceName name={nameOf('images', vm.imageUuid)} />
      </Item>
      <Item label="Instance offering">
        <ResourceName name={nameOf('instanceOfferings', vm.instanceOfferingUuid)} />
      </Item>
      <Item label="Default L3 network">
        <ResourceName name={nameOf('l3Networks', vm.defaultL3NetworkUuid)} />
      </Item>
      <Item label="Allocator strategy">{show(vm.allocatorStrategy)}</Item>
      <Item label="Created">{formatDateTime(toDate(vm.createDate))}</Item>
      <Item label="Last operation">{formatDateTime(toDate(vm.lastOpDate))}</Item>
    </Box>
  );
}
