import Box from '@mui/material/Box';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../components/CopyButton.tsx';
import { formatBytes, show } from '../../components/format.ts';
import type { Volume } from '../../zstack/inventories.ts';
import { byVolumeOrder } from './order.ts';
import { Panel } from './Panel.tsx';
import { ResourceName } from './ResourceName.tsx';
import { LONG, ScrollTable } from './ScrollTable.tsx';
import type { NameOf } from './use-vm-names.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } as const;

const HEADERS = [
  'Name',
  'Type',
  'Size',
  'Actual size',
  'Format',
  'Status',
  'State',
  'Primary storage',
  'Device',
  'Shareable',
  'Install path',
];

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '—' : value ? 'Yes' : 'No';
}

export function VolumePanel({
  volumes,
  vmState,
  nameOf,
}: {
  volumes: readonly Volume[];
  vmState: string | undefined;
  nameOf: NameOf;
}) {
  const sorted = [...volumes].sort(byVolumeOrder);
  const rootDeleted =
    vmState === 'Destroyed' && sorted.some((v) => v.type === 'Root' && v.status === 'Deleted');
  return (
    <Panel
      title="Volumes"
      description={
        rootDeleted
          ? 'The root volume is marked Deleted but is still on its primary storage; recovery restores it to Ready.'
          : undefined
      }
    >
      {sorted.length === 0 ? (
        <Typography color="text.secondary">ZStack lists no volumes for this VM.</Typography>
      ) : (
        <ScrollTable label="Volumes" minWidth={1100} headers={HEADERS} numeric={['Size', 'Actual size']}>
          <TableBody>
            {sorted.map((v) => {
              const name = v.name ?? v.uuid;
              return (
                <TableRow key={v.uuid}>
                  <TableCell sx={{ ...LONG, fontWeight: 500 }}>{show(v.name)}</TableCell>
                  <TableCell>{show(v.type)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(v.size)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(v.actualSize)}
                  </TableCell>
                  <TableCell>{show(v.format)}</TableCell>
                  <TableCell>{show(v.status)}</TableCell>
                  <TableCell>{show(v.state)}</TableCell>
                  <TableCell sx={LONG}>
                    <ResourceName name={nameOf('primaryStorages', v.primaryStorageUuid)} />
                  </TableCell>
                  <TableCell>{show(v.deviceId)}</TableCell>
                  <TableCell>{yesNo(v.isShareable)}</TableCell>
                  <TableCell sx={{ minWidth: 280 }}>
                    {v.installPath ? (
                      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
                        <Box
                          component="span"
                          sx={{ ...mono, fontSize: 12, overflowWrap: 'anywhere', minWidth: 0, maxWidth: 520 }}
                        >
                          {v.installPath}
                        </Box>
                        <CopyButton value={v.installPath} label={`Copy install path of ${name}`} />
                      </Box>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </ScrollTable>
      )}
    </Panel>
  );
}
