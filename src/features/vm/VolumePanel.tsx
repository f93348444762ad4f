import Box from '@mui/material/Box';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../components/plain/CopyButton.tsx';
import { show } from '../../components/format.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/vm.ts';
import type { Volume } from '../../zstack/inventories.ts';
import { byVolumeOrder } from './order.ts';
import { Panel } from '../../components/mui/Panel.tsx';
import { ResourceName } from './ResourceName.tsx';
import { LONG, ScrollTable } from './ScrollTable.tsx';
import type { NameOf } from './use-vm-names.ts';
import { stateText } from './vm-state.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } as const;

function yesNo(t: Messages, value: boolean | undefined): string {
  return value === undefined ? '—' : value ? t.vm.yes : t.vm.no;
}

/** A volume's status or state in the console's words; "—" when ZStack sent none. */
function stateOf(t: Messages, value: string | undefined): string {
  return value ? stateText(t, value) : show(value);
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
  const t = useT();
  const c = t.vm.volumeColumns;
  const headers = [
    c.name,
    c.type,
    c.size,
    c.actualSize,
    c.format,
    c.status,
    c.state,
    c.primaryStorage,
    c.device,
    c.shareable,
    c.installPath,
  ];
  const sorted = [...volumes].sort(byVolumeOrder);
  const rootDeleted =
    vmState === 'Destroyed' && sorted.some((v) => v.type === 'Root' && v.status === 'Deleted');
  return (
    <Panel title={t.vm.volumesTitle} description={rootDeleted ? t.vm.rootDeletedNote : undefined}>
      {sorted.length === 0 ? (
        <Typography color="text.secondary">{t.vm.noVolumes}</Typography>
      ) : (
        <ScrollTable
          label={t.vm.volumesTitle}
          minWidth={1100}
          headers={headers}
          numeric={[c.size, c.actualSize]}
        >
          <TableBody>
            {sorted.map((v) => (
              <VolumeRow key={v.uuid} volume={v} nameOf={nameOf} />
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </Panel>
  );
}

function VolumeRow({ volume: v, nameOf }: { volume: Volume; nameOf: NameOf }) {
  const t = useT();
  const format = useFormat();
  const name = v.name ?? v.uuid;
  return (
    <TableRow>
      <TableCell sx={{ ...LONG, fontWeight: 500 }}>{show(v.name)}</TableCell>
      <TableCell>{stateLabel(t.common.terms.volumeType, v.type)}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {format.bytes(v.size)}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {format.bytes(v.actualSize)}
      </TableCell>
      <TableCell>{show(v.format)}</TableCell>
      <TableCell>{stateOf(t, v.status)}</TableCell>
      <TableCell>{stateOf(t, v.state)}</TableCell>
      <TableCell sx={LONG}>
        <ResourceName name={nameOf('primaryStorages', v.primaryStorageUuid)} />
      </TableCell>
      <TableCell>{show(v.deviceId)}</TableCell>
      <TableCell>{yesNo(t, v.isShareable)}</TableCell>
      <TableCell sx={{ minWidth: 280 }}>
        {v.installPath ? (
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
            <Box
              component="span"
              sx={{ ...mono, fontSize: 12, overflowWrap: 'anywhere', minWidth: 0, maxWidth: 520 }}
            >
              {v.installPath}
            </Box>
            <CopyButton value={v.installPath} label={t.vm.copyInstallPath(name)} />
          </Box>
        ) : (
          '—'
        )}
      </TableCell>
    </TableRow>
  );
}
