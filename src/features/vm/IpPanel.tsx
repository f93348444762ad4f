import Box from '@mui/material/Box';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { show } from '../../components/format.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import type { VmInstance, VmNic } from '../../zstack/inventories.ts';
import { byDeviceId } from './order.ts';
import { Panel } from '../../components/mui/Panel.tsx';
import { ResourceName } from './ResourceName.tsx';
import { LONG, ScrollTable } from './ScrollTable.tsx';
import type { NameOf } from './use-vm-names.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } as const;

interface IpRow {
  key: string;
  nic: VmNic;
  ip: string | undefined;
  version: number | undefined;
  netmask: string | undefined;
  gateway: string | undefined;
  ipRangeUuid: string | undefined;
  l3NetworkUuid: string | undefined;
  usedFor: string | undefined;
}

/** Every used IP of every NIC; a NIC that reports an `ip` but no usedIps (older servers) still shows it. */
function ipRows(nics: readonly VmNic[]): IpRow[] {
  return [...nics].sort(byDeviceId).flatMap((nic): IpRow[] => {
    if (nic.usedIps.length > 0) {
      return nic.usedIps.map((u) => ({
        key: u.uuid,
        nic,
        ip: u.ip,
        version: u.ipVersion,
        netmask: u.netmask,
        gateway: u.gateway,
        ipRangeUuid: u.ipRangeUuid,
        l3NetworkUuid: u.l3NetworkUuid ?? nic.l3NetworkUuid,
        usedFor: u.usedFor,
      }));
    }
    if (!nic.ip) return [];
    return [
      {
        key: nic.uuid,
        nic,
        ip: nic.ip,
        version: nic.ipVersion,
        netmask: nic.netmask,
        gateway: nic.gateway,
        ipRangeUuid: undefined,
        l3NetworkUuid: nic.l3NetworkUuid,
        usedFor: undefined,
      },
    ];
  });
}

function whyNoIps(t: Messages, state: string | undefined): string {
  if (state === 'Destroyed') return t.vm.noIpsDestroyed;
  if (state === 'Stopped') return t.vm.noIpsStopped;
  return t.vm.noIps;
}

export interface IpPanelProps {
  vm: VmInstance;
  nameOf: NameOf;
}

export function IpPanel({ vm, nameOf }: IpPanelProps) {
  const t = useT();
  const rows = ipRows(vm.vmNics);
  const c = t.vm.ipColumns;
  const headers = [c.nic, c.ip, c.version, c.netmask, c.gateway, c.l3Network, c.ipRange, c.usedFor];
  return (
    <Panel title={t.vm.ipsTitle}>
      {rows.length === 0 ? (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          <Typography>{whyNoIps(t, vm.state)}</Typography>
        </Box>
      ) : (
        <ScrollTable label={t.vm.ipsTitle} minWidth={880} headers={headers}>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>
                  {r.nic.deviceId === undefined ? '' : `#${r.nic.deviceId} `}
                  <Box component="span" sx={mono}>
                    {show(r.nic.mac)}
                  </Box>
                </TableCell>
                <TableCell sx={mono}>{show(r.ip)}</TableCell>
                <TableCell>{r.version === undefined ? '—' : t.vm.ipVersion(r.version)}</TableCell>
                <TableCell sx={mono}>{show(r.netmask)}</TableCell>
                <TableCell sx={mono}>{show(r.gateway)}</TableCell>
                <TableCell sx={LONG}>
                  <ResourceName name={nameOf('l3Networks', r.l3NetworkUuid)} />
                </TableCell>
                <TableCell sx={LONG}>
                  <ResourceName name={nameOf('ipRanges', r.ipRangeUuid)} />
                </TableCell>
                <TableCell>{show(r.usedFor)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Panel>
  );
}
