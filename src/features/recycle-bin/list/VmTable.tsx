import { memo } from 'react';
import type { DeletionAnswer, Deletions } from '../../../api/audit.ts';
import type { Retention } from '../../../api/retention-window.ts';
import { DeletionText } from '../../../components/plain/DeletedBy.tsx';
import { useServerDate } from '../../../api/session.ts';
import type { RecycleBinParams, SortField } from '../../../api/vms.ts';
import { cls } from '../../../components/plain/classes.ts';
import { Icon } from '../../../components/plain/icons.tsx';
import { SortHeader } from '../../../components/plain/SortHeader.tsx';
import { PlainButton, IconButton } from '../../../components/plain/ui.tsx';
import { SelectBox } from '../../../components/plain/SelectBox.tsx';
import { show } from '../../../components/format.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../../zstack/inventories.ts';
import { expungeInfo } from '../../../api/expunge-time.ts';
import { BinTable } from './BinTable.tsx';
import { ExpungeCountdown } from './ExpungeCountdown.tsx';
import { NameCell } from './NameCell.tsx';
import { paths } from '../../../components/paths.ts';

export interface VmTableProps {
  rows: readonly VmInstance[];
  params: RecycleBinParams;
  policy: Retention | undefined;
  /** Automatic expunging of VMs is paused: rows are kept until it is resumed. */
  paused: boolean;
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
  policy: Retention | undefined;
  paused: boolean;
  now: number;
  /** The owning account's name (admins only), "…" while it loads. */
  owner: string | undefined;
  /** Who deleted it: shown only where ZStack keeps an audit log; null while that page's log is loading. */
  deletedBy: DeletionAnswer | undefined;
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
    a.at?.getTime() === b.at?.getTime() &&
    a.withVm?.uuid === b.withVm?.uuid &&
    a.withVm?.name === b.withVm?.name);

/** Equal props, with who-deleted-it compared by value: each page's audit answer is a new object. */
const sameRow = (a: VmRowProps, b: VmRowProps) =>
  a.vm === b.vm &&
  a.policy === b.policy &&
  a.paused === b.paused &&
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
    <tr className={selected || (info.kind === 'scheduled' && info.soon) ? 'rb-selected' : undefined}>
      <td className={cls.checkCell}>
        <SelectBox
          label={m.selectRow(name)}
          checked={selected}
          onChange={(checked) => props.onSelect([vm], checked)}
        />
      </td>
      <td className={cls.nameCell}>
        <NameCell uuid={vm.uuid} name={name} to={paths.vm(vm.uuid)} />
      </td>
      {/* Cards (narrow screens) leave the sizes out: name, deletion, expunge, who and the actions come first. */}
      <td className="rb-num rb-card-hide">{show(vm.cpuNum)}</td>
      <td className="rb-num rb-card-hide">{format.bytes(vm.memorySize)}</td>
      <td className="rb-num rb-card-hide">{format.bytes(rootDiskSize(vm))}</td>
      <td data-label={m.columns.deleted}>
        {format.relative(deleted, now)}
        <span className={cls.secondary}>{format.dateTime(deleted)}</span>
      </td>
      <td data-label={m.columns.expunges}>
        <ExpungeCountdown deleted={deleted} policy={policy} now={now} paused={props.paused} />
      </td>
      {owner !== undefined && <td data-label={m.columns.account}>{owner}</td>}
      {deletedBy !== undefined && (
        <td data-label={t.common.deletedBy}>
          <DeletionText answer={deletedBy} uuid={vm.uuid} />
        </td>
      )}
      <td className={`rb-num ${cls.actionsCell}`}>
        <PlainButton
          size="small"
          startIcon={<Icon name="restore" />}
          onClick={() => props.onRecover(vm)}
          onPointerEnter={props.onIntent}
          onFocus={props.onIntent}
          aria-label={m.recoverName(name)}
        >
          {m.recover}
        </PlainButton>
        <IconButton
          size="small"
          color="error"
          icon="deleteForever"
          label={m.expungeName(name)}
          onClick={() => props.onExpunge(vm)}
          onPointerEnter={props.onIntent}
          onFocus={props.onIntent}
        />
      </td>
    </tr>
  );
}, sameRow);

export function VmTable(props: VmTableProps) {
  const { rows, params, policy, paused, ownerOf, showOwner, busy, now, selected, deletions } = props;
  const t = useT();
  const m = t.recycleBin;
  const headings = (
    <>
      {columns.map((c) => (
        <SortHeader
          key={c.key}
          label={m.columns[c.key]}
          numeric={c.numeric ?? false}
          direction={c.field && params.sort === c.field ? params.dir : undefined}
          onSort={c.field ? () => c.field && props.onSort(c.field) : undefined}
        />
      ))}
      {showOwner && <th>{m.columns.account}</th>}
      {deletions.column && (
        // Room for "operator / from <ip>, <time>" from the start: the answer arriving does not reflow the table.
        <th className="rb-deleted-by-col">{t.common.deletedBy}</th>
      )}
      <th className="rb-num">{m.columns.actions}</th>
    </>
  );
  return (
    <BinTable
      label={m.tableLabel}
      busy={busy}
      rows={rows}
      selected={selected}
      selectPageLabel={m.selectPage}
      onSelect={props.onSelect}
      headings={headings}
    >
      {rows.map((vm) => (
        <VmRow
          key={vm.uuid}
          vm={vm}
          policy={policy}
          paused={paused}
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
    </BinTable>
  );
}
