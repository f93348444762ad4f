import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import RestoreIcon from '@mui/icons-material/Restore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import type { ExpungePolicy } from '../../api/resources.ts';
import { useServerDate } from '../../api/session.ts';
import type { RecycleBinParams, SortField } from '../../api/vms.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { shortUuid, show } from '../../components/format.ts';
import { visuallyHidden } from '../../components/visually-hidden.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';
import { expungeInfo } from './expunge-time.ts';

export interface VmTableProps {
  rows: readonly VmInstance[];
  params: RecycleBinParams;
  policy: ExpungePolicy | undefined;
  owners: Map<string, string> | undefined;
  showOwner: boolean;
  busy: boolean;
  now: number;
  onSort: (field: SortField) => void;
  onRecover: (vm: VmInstance) => void;
  onExpunge: (vm: VmInstance) => void;
  /** The pointer or focus is on an action: a good moment to fetch the dialog's code. */
  onIntent?: () => void;
  selected: ReadonlySet<string>;
  onSelect: (vms: readonly VmInstance[], selected: boolean) => void;
}

/** A native checkbox: keyboard and screen readers know it, and it adds nothing to the first paint. */
function SelectBox(props: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Box
      component="input"
      type="checkbox"
      aria-label={props.label}
      checked={props.checked}
      ref={(el: HTMLInputElement | null) => {
        if (el) el.indeterminate = props.indeterminate ?? false;
      }}
      onChange={(e) => props.onChange(e.target.checked)}
      sx={{ width: 18, height: 18, m: 0, accentColor: (t) => t.palette.primary.main, cursor: 'pointer' }}
    />
  );
}

function rootDiskSize(vm: VmInstance): number | undefined {
  const root =
    vm.allVolumes.find((v) => v.uuid === vm.rootVolumeUuid) ?? vm.allVolumes.find((v) => v.type === 'Root');
  return root?.size;
}

function ExpungeCell({
  vm,
  policy,
  now,
}: {
  vm: VmInstance;
  policy: ExpungePolicy | undefined;
  now: number;
}) {
  const toDate = useServerDate();
  const m = useT().recycleBin;
  const format = useFormat();
  const info = expungeInfo(toDate(vm.lastOpDate), policy, now);
  if (info.kind === 'never') return <>{m.keptByHand}</>;
  if (info.kind === 'unknown') return <>—</>;
  const text = info.overdue ? m.dueNow : m.expungesIn(format.duration(info.msLeft));
  return (
    <Box title={m.expungeMayRunUntil(format.dateTime(info.latest))}>
      {info.soon ? (
        <Box
          component="span"
          sx={{
            // #bf360c under white text is 5.6:1 (WCAG AA) in both themes; MUI's warning.dark is only 3.8:1.
            bgcolor: '#bf360c',
            color: '#fff',
            borderRadius: 3,
            px: 1,
            py: 0.25,
            fontWeight: 600,
          }}
        >
          {text}
          <Box component="span" sx={visuallyHidden}>
            {m.soon}
          </Box>
        </Box>
      ) : (
        text
      )}
      <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{format.dateTime(info.at)}</Box>
    </Box>
  );
}

type ColumnKey = keyof Messages['recycleBin']['columns'];

const columns: { key: ColumnKey; field?: SortField; numeric?: boolean }[] = [
  { key: 'name', field: 'name' },
  { key: 'cpu', field: 'cpuNum', numeric: true },
  { key: 'memory', field: 'memorySize', numeric: true },
  { key: 'rootDisk', numeric: true },
  { key: 'deleted', field: 'lastOpDate' },
  { key: 'expunges' },
];

interface VmRowProps {
  vm: VmInstance;
  policy: ExpungePolicy | undefined;
  now: number;
  /** The owning account's name (admins only), "…" while it loads. */
  owner: string | undefined;
  selected: boolean;
  onSelect: VmTableProps['onSelect'];
  onRecover: VmTableProps['onRecover'];
  onExpunge: VmTableProps['onExpunge'];
  onIntent: VmTableProps['onIntent'];
}

/**
 * One VM. Memoised: a refresh that brings the same VM back (the query keeps unchanged objects) does not render it
 * again, which keeps a 100-row page responsive while a bulk run refreshes the list.
 */
const VmRow = memo(function VmRow(props: VmRowProps) {
  const { vm, policy, now, owner, selected } = props;
  const toDate = useServerDate();
  const m = useT().recycleBin;
  const format = useFormat();
  const name = vm.name ?? vm.uuid;
  const deleted = toDate(vm.lastOpDate);
  const info = expungeInfo(deleted, policy, now);
  return (
    <TableRow hover selected={selected || (info.kind === 'scheduled' && info.soon)}>
      <TableCell padding="checkbox" sx={{ pl: 2 }}>
        <SelectBox
          label={m.selectVm(name)}
          checked={selected}
          onChange={(checked) => props.onSelect([vm], checked)}
        />
      </TableCell>
      <TableCell sx={{ maxWidth: 320 }}>
        <Box
          component={RouterLink}
          to={`/vms/${vm.uuid}`}
          sx={{
            overflowWrap: 'anywhere',
            fontWeight: 500,
            color: 'primary.main',
            textDecorationColor: 'currentColor',
            textUnderlineOffset: 2,
          }}
        >
          {name}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', color: 'text.secondary', fontSize: 12 }}>
          <Box component="span" sx={{ fontFamily: 'monospace' }} title={vm.uuid}>
            {shortUuid(vm.uuid)}…
            <Box component="span" sx={visuallyHidden}>
              {m.uuidHidden(vm.uuid)}
            </Box>
          </Box>
          <CopyButton value={vm.uuid} label={m.copyUuid(name)} />
        </Box>
      </TableCell>
      <TableCell align="right">{show(vm.cpuNum)}</TableCell>
      <TableCell align="right">{format.bytes(vm.memorySize)}</TableCell>
      <TableCell align="right">{format.bytes(rootDiskSize(vm))}</TableCell>
      <TableCell>
        {format.relative(deleted, now)}
        <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{format.dateTime(deleted)}</Box>
      </TableCell>
      <TableCell>
        <ExpungeCell vm={vm} policy={policy} now={now} />
      </TableCell>
      {owner !== undefined && <TableCell>{owner}</TableCell>}
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Button
          size="small"
          startIcon={<RestoreIcon />}
          onClick={() => props.onRecover(vm)}
          onPointerEnter={props.onIntent}
          onFocus={props.onIntent}
          aria-label={m.recoverName(name)}
        >
          {m.recover}
        </Button>
        <IconButton
          size="small"
          color="error"
          aria-label={m.expungeName(name)}
          title={m.expungeName(name)}
          onClick={() => props.onExpunge(vm)}
          onPointerEnter={props.onIntent}
          onFocus={props.onIntent}
        >
          <DeleteForeverIcon fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  );
});

export function VmTable(props: VmTableProps) {
  const { rows, params, policy, owners, showOwner, busy, now, selected } = props;
  const onPage = rows.filter((vm) => selected.has(vm.uuid)).length;
  const m = useT().recycleBin;
  return (
    <TableContainer sx={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <Table size="small" aria-label={m.tableLabel} aria-busy={busy}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" sx={{ pl: 2 }}>
              <SelectBox
                label={m.selectPage}
                checked={rows.length > 0 && onPage === rows.length}
                indeterminate={onPage > 0 && onPage < rows.length}
                onChange={(checked) => props.onSelect(rows, checked)}
              />
            </TableCell>
            {columns.map((c) => (
              <TableCell
                key={c.key}
                align={c.numeric ? 'right' : 'left'}
                sortDirection={c.field && params.sort === c.field ? params.dir : false}
              >
                {c.field ? (
                  <TableSortLabel
                    active={params.sort === c.field}
                    direction={params.sort === c.field ? params.dir : 'asc'}
                    onClick={() => c.field && props.onSort(c.field)}
                  >
                    {m.columns[c.key]}
                  </TableSortLabel>
                ) : (
                  m.columns[c.key]
                )}
              </TableCell>
            ))}
            {showOwner && <TableCell>{m.columns.account}</TableCell>}
            <TableCell align="right">{m.columns.actions}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((vm) => (
            <VmRow
              key={vm.uuid}
              vm={vm}
              policy={policy}
              now={now}
              owner={showOwner ? (owners ? (owners.get(vm.uuid) ?? '—') : '…') : undefined}
              selected={selected.has(vm.uuid)}
              onSelect={props.onSelect}
              onRecover={props.onRecover}
              onExpunge={props.onExpunge}
              onIntent={props.onIntent}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
