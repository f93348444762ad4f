import Box from '@mui/material/Box';
import { useServerDate } from '../../api/session.ts';
import { CopyButton } from '../../components/plain/CopyButton.tsx';
import { Detail, Details } from '../../components/mui/Details.tsx';
import { show } from '../../components/format.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/vm.ts';
import type { VmInstance } from '../../zstack/inventories.ts';
import { ResourceName } from './ResourceName.tsx';
import type { NameOf } from './use-vm-names.ts';
import { VmStateChip } from './VmStateChip.tsx';

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

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
    <Details>
      <Detail label={l.name}>{show(vm.name)}</Detail>
      <Detail label={l.uuid}>
        <Box component="span" sx={{ fontFamily: mono }}>
          {vm.uuid}
        </Box>
        <CopyButton value={vm.uuid} label={t.vm.copyUuid(name)} />
      </Detail>
      <Detail label={l.state}>
        <VmStateChip state={vm.state} />
      </Detail>
      <Detail label={l.description}>{show(vm.description)}</Detail>
      <Detail label={l.platform}>{show(vm.platform)}</Detail>
      <Detail label={l.architecture}>{show(vm.architecture)}</Detail>
      <Detail label={l.guestOs}>{show(vm.guestOsType)}</Detail>
      <Detail label={l.type}>{stateLabel(t.common.terms.vmType, vm.type)}</Detail>
      <Detail label={l.cpu}>{cpuText(t, vm)}</Detail>
      <Detail label={l.memory}>{format.bytes(vm.memorySize)}</Detail>
      <Detail label={l.hypervisor}>{show(vm.hypervisorType)}</Detail>
      <Detail label={l.zone}>
        <ResourceName name={nameOf('zones', vm.zoneUuid)} />
      </Detail>
      <Detail label={l.cluster}>
        <ResourceName name={nameOf('clusters', vm.clusterUuid)} />
      </Detail>
      <Detail label={l.host}>
        <ResourceName name={nameOf('hosts', vm.hostUuid)} />
      </Detail>
      <Detail label={l.lastHost}>
        <ResourceName name={nameOf('hosts', vm.lastHostUuid)} />
      </Detail>
      <Detail label={l.image}>
        <ResourceName name={nameOf('images', vm.imageUuid)} />
      </Detail>
      <Detail label={l.instanceOffering}>
        <ResourceName name={nameOf('instanceOfferings', vm.instanceOfferingUuid)} />
      </Detail>
      <Detail label={l.defaultL3Network}>
        <ResourceName name={nameOf('l3Networks', vm.defaultL3NetworkUuid)} />
      </Detail>
      <Detail label={l.allocatorStrategy}>{show(vm.allocatorStrategy)}</Detail>
      <Detail label={l.created}>{format.dateTime(toDate(vm.createDate))}</Detail>
      <Detail label={l.lastOperation}>{format.dateTime(toDate(vm.lastOpDate))}</Detail>
    </Details>
  );
}
