import Box from '@mui/material/Box';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { show } from '../../components/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/vm.ts';
import type { VmNic } from '../../zstack/inventories.ts';
import { byDeviceId } from './order.ts';
import { Panel } from '../../components/mui/Panel.tsx';
import { ResourceName } from './ResourceName.tsx';
import { LONG, ScrollTable } from './ScrollTable.tsx';
import type { NameOf } from './use-vm-names.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } as const;

export function NicPanel({ nics, nameOf }: { nics: readonly VmNic[]; nameOf: NameOf }) {
  const t = useT();
  const sorted = [...nics].sort(byDeviceId);
  const c = t.vm.nicColumns;
  const headers = [c.device, c.mac, c.l3Network, c.ip, c.netmask, c.gateway, c.driver, c.type, c.state];
  return (
    <Panel title={t.vm.nicsTitle}>
      {sorted.length === 0 ? (
        <Typography color="text.secondary">{t.vm.noNics}</Typography>
      ) : (
        <ScrollTable label={t.vm.nicsTitle} minWidth={880} headers={headers}>
          <TableBody>
            {sorted.map((nic) => (
              <TableRow key={nic.uuid}>
                <TableCell>{show(nic.deviceId)}</TableCell>
                <TableCell sx={mono}>{show(nic.mac)}</TableCell>
                <TableCell sx={LONG}>
                  <ResourceName name={nameOf('l3Networks', nic.l3NetworkUuid)} />
                </TableCell>
                <TableCell sx={mono}>{show(nic.ip)}</TableCell>
                <TableCell sx={mono}>{show(nic.netmask)}</TableCell>
                <TableCell sx={mono}>{show(nic.gateway)}</TableCell>
                <TableCell>{show(nic.driverType)}</TableCell>
                <TableCell>{stateLabel(t.common.terms.nicType, nic.type)}</TableCell>
                <TableCell>
                  <Box component="span" sx={{ color: nic.state === 'disable' ? 'warning.main' : undefined }}>
                    {nic.state === 'enable'
                      ? t.common.states.Enabled
                      : nic.state === 'disable'
                        ? t.common.states.Disabled
                        : show(nic.state)}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Panel>
  );
}
