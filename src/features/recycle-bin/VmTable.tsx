import RestoreIcon from '@mui/icons-material/Restore';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';
import type { Deletion, Deletions } from '../../api/audit.ts';
import type { ExpungePolicy } from '../../api/resources.ts';
import { DeletedBy } from '../../components/DeletedBy.tsx';
import { useServerDate } from '../../api/session.ts';
import type { RecycleBinParams, SortField } from '../../api/vms.ts';
import { cls } from '../../components/classes.ts';
import { LightIconButton } from '../../components/LightIconButton.tsx';
import { SelectBox } from '../../components/SelectBox.tsx';
import { show } from '../../components/format.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';
import { expungeInfo } from './expunge-time.ts';
import { ExpungeCountdown } from './ExpungeCountdown.tsx';
import { NameCell } from './NameCell.tsx';

export interface VmTableProps {
  rows: readonly VmInstance[];
  params: RecycleBinParams;
  policy: ExpungePolicy | undefined;
  /** The owning account's name of a row (admins only). */
  ownerOf: (uuid: string) => string;
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
  deletions: Deletions;
}

function rootDiskSize(vm: VmInstance): number | undefined {
  const root =
    vm.allVolumes.find((v) => v.uuid === vm.rootVolumeUuid) ?? vm.allVolumes.find((v) => v.type === 'Root');
  return root?.size;
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
  /** Who deleted it: shown only where ZStack keeps an audit log; null while that page's log is loading. */
  deletedBy: Deletion | null | 'unknown' | undefined;
  selected: boolean;
  onSelect: VmTableProps['onSelect'];
  onRecover: VmTableProps['onRecover'];
  onExpunge: VmTableProps['onExpunge'];
  onIntent: VmTableProps['onIntent'];
}

const sameDeletion = (a: VmRowProps['deletedBy'], b: VmRowProps['deletedBy']) =>
  a === b ||
  (typeof a === 'object' &&
    a !== null &&
    typeof b === 'object' &&
    b !== null &&
    a.operator === b.operator &&
    a.clientIp === b.clientIp &&
    a.at?.getTime() === b.at?.getTime());

/** Equal props, with who-deleted-it compared by value: each page's audit answer is a new object. */
const sameRow = (a: VmRowProps, b: VmRowProps) =>
  a.vm === b.vm &&
  a.policy === b.policy &&
  a.now === b.now &&
  a.owner === b.owner &&
  a.selected === b.selected &&
  a.onSelect === b.onSelect &&
  a.onRecover === b.onRecover &&
  a.onExpunge === b.onExpunge &&
  a.onIntent === b.onIntent &&
  sameDeletion(a.deletedBy, b.deletedBy);

/**
 * One VM. Memoised: a refresh that brings the same VM back (the query keeps unchanged objects) does not render it
 * again, which keeps a 100-row page responsive while a bulk run refreshes the list.
 */
const VmRow = memo(function VmRow(props: VmRowProps) {
  const { vm, policy, now, owner, deletedBy, selected } = props;
  const toDate = useServerDate();
  const t = useT();
  const m = t.recycleBin;
  const format = useFormat();
  const name = vm.name ?? vm.uuid;
  const deleted = toDate(vm.lastOpDate);
  const info = expungeInfo(deleted, policy, now);
  return (
    <TableRow hover selected={selected || (info.kind === 'scheduled' && info.soon)}>
      <TableCell padding="checkbox" className={cls.checkCell}>
        <SelectBox
          label={m.selectVm(name)}
          checked={selected}
          onChange={(checked) => props.onSelect([vm], checked)}
        />
      </TableCell>
      <TableCell className={cls.nameCell}>
        <NameCell uuid={vm.uuid} name={name} to={`/vms/${vm.uuid}`} />
      </TableCell>
      <TableCell align="right">{show(vm.cpuNum)}</TableCell>
      <TableCell align="right">{format.bytes(vm.memorySize)}</TableCell>
      <TableCell align="right">{format.bytes(rootDiskSize(vm))}</TableCell>
      <TableCell>
        {format.relative(deleted, now)}
        <span className={cls.secondary}>{format.dateTime(deleted)}</span>
      </TableCell>
      <TableCell>
        <ExpungeCountdown deleted={deleted} policy={policy} now={now} />
      </TableCell>
      {owner !== undefined && <TableCell>{owner}</TableCell>}
      {deletedBy !== undefined && (
        <TableCell>
          {deletedBy === null ? (
            '…'
          ) : deletedBy === 'unknown' ? (
            t.common.notInAudit
          ) : (
            <DeletedBy {...deletedBy} />
          )}
        </TableCell>
      )}
      <TableCell align="right" className={cls.actionsCell}>
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
        <LightIconButton
          color="error"
          icon="deleteForever"
          label={m.expungeName(name)}
          onClick={() => props.onExpunge(vm)}
          onPointerEnter={props.onIntent}
          onFocus={props.onIntent}
        />
      </TableCell>
    </TableRow>
  );
}, sameRow);

export function VmTable(props: VmTableProps) {
  const { rows, params, policy, ownerOf, showOwner, busy, now, selected, deletions } = props;
  const onPage = rows.filter((vm) => selected.has(vm.uuid)).length;
  const t = useT();
  const m = t.recycleBin;
  return (
    <TableContainer sx={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <Table size="small" aria-label={m.tableLabel} aria-busy={busy}>
        {/* Headings on one line: a column that widens later does not make them wrap and push the rows down. */}
        <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
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
            {deletions.column && (
              // Room for "operator / from <ip>, <time>" from the start: the answer arriving does not reflow the table.
              <TableCell sx={{ minWidth: 250 }}>{t.common.deletedBy}</TableCell>
            )}
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
              owner={showOwner ? ownerOf(vm.uuid) : undefined}
              deletedBy={deletions.column ? deletions.of(vm.uuid) : undefined}
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
