// The recycle bins of data volumes and images: the same shell and list hook as the VMs' (BinShell, useBinList),
// with their own columns (size, last VM or backup storages) and one recover/expunge dialog for both kinds.
import { useQuery } from '@tanstack/react-query';
import { volumeCompanions } from '../../../api/audit.ts';
import { deletedRefs, imageDeletedAt, imageQueries } from '../../../api/images.ts';
import { conditionMisread, isUuid, nameOrUuidCondition } from '../../../api/list-params.ts';
import { nameQueries } from '../../../api/resources.ts';
import { useApi } from '../../../api/session.ts';
import { volumeQueries } from '../../../api/volumes.ts';
import { cls } from '../../../components/plain/classes.ts';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin.ts';
import type { ServerTime } from '../../../zstack/dates.ts';
import type { Image, Volume } from '../../../zstack/inventories.ts';
import { actionDialog } from '../dialogs/row-dialogs.ts';
import { BinShell, type BinTexts } from './BinShell.tsx';
import { rowActions, useSharedColumns } from './resource-columns.tsx';
import { IMAGE_DEFAULTS, VOLUME_DEFAULTS } from './resource-prefetch.ts';
import { type Column, ResourceTable } from './ResourceTable.tsx';
import type { BinDialogs } from './use-bin-dialog.ts';
import { type BinList, useBinList } from './use-bin-list.ts';
import { paths } from '../../../components/paths.ts';

const ActionDialog = actionDialog.Component;
const preloadDialog = () => void actionDialog.preload();

const misread = (text: string) => conditionMisread(nameOrUuidCondition(text));

const VOLUME_SPEC = {
  queries: volumeQueries,
  defaults: VOLUME_DEFAULTS,
  misread,
  companions: volumeCompanions,
};
const IMAGE_SPEC = { queries: imageQueries, defaults: IMAGE_DEFAULTS, misread };

export function ResourceBinPage({ kind }: { kind: 'volume' | 'image' }) {
  return kind === 'volume' ? <VolumeBin /> : <ImageBin />;
}

function VolumeBin() {
  const bin = useBinList(VOLUME_SPEC);
  const names = useQuery({
    ...nameQueries.names(useApi(), 'vms', bin.rows.map((v) => v.lastVmInstanceUuid ?? '').filter(Boolean)),
    enabled: bin.rows.some((v) => v.lastVmInstanceUuid),
  });
  const format = useFormat();
  const columns: Column<Volume>[] = [
    { key: 'size', sort: 'size', numeric: true, render: (v) => format.bytes(v.size) },
    {
      key: 'lastVm',
      render: (v) =>
        v.lastVmInstanceUuid ? (names.data?.get(v.lastVmInstanceUuid) ?? v.lastVmInstanceUuid) : '—',
    },
  ];
  return <ResourceBin bin={bin} columns={columns} deletedAt={(v) => v.lastOpDate} />;
}

function ImageBin() {
  const bin = useBinList(IMAGE_SPEC);
  const m = useT().bin;
  const format = useFormat();
  const bsUuids = bin.rows.flatMap((i) => deletedRefs(i).map((r) => r.backupStorageUuid));
  const names = useQuery({
    ...nameQueries.names(useApi(), 'backupStorages', bsUuids),
    enabled: bsUuids.length > 0,
  });
  const columns: Column<Image>[] = [
    { key: 'size', sort: 'size', numeric: true, render: (i) => format.bytes(i.size) },
    {
      key: 'backupStorage',
      render: (i) => {
        const refs = deletedRefs(i);
        return (
          <>
            {format.list(refs.map((r) => names.data?.get(r.backupStorageUuid) ?? r.backupStorageUuid))}
            {refs.length < i.backupStorageRefs.length && (
              <span className={cls.secondary}>
                {m.partlyDeleted(refs.length, i.backupStorageRefs.length)}
              </span>
            )}
          </>
        );
      },
    },
  ];
  return <ResourceBin bin={bin} columns={columns} deletedAt={imageDeletedAt} />;
}

type Kind = 'volume' | 'image';

function useResourceTexts<S extends string, T extends { uuid: string }>(
  kind: Kind,
  bin: BinList<S, T>,
): BinTexts {
  const m = useT().bin;
  return {
    documentTitle: m.documentTitle(kind),
    intro: m.intro(kind, bin.isAdmin),
    searchLabel: m.searchLabel(kind),
    searchPlaceholder: m.searchPlaceholder,
    searchHelp: bin.text.trim() ? m.searchingBy(isUuid(bin.text)) : m.searchHelp,
    count: m.count(kind, bin.total, bin.searching),
    perPage: m.perPage(kind),
    loadingList: m.loadingList(kind),
    loadFailed: m.loadFailed(kind),
    noMatch: m.noMatch(kind, bin.params.search),
    emptyTitle: m.emptyTitle(kind),
    emptyText: m.emptyText(kind),
  };
}

interface ResourceBinProps<S extends string, T extends Volume | Image> {
  bin: BinList<S, T>;
  /** The kind's own columns, between the name and the deletion time. */
  columns: Column<T>[];
  deletedAt: (row: T) => ServerTime | undefined;
}

function ResourceBin<S extends string, T extends Volume | Image>({
  bin,
  columns,
  deletedAt,
}: ResourceBinProps<S, T>) {
  const kind = bin.kind === 'volume' ? 'volume' : 'image';
  const t = useT();
  const texts = useResourceTexts(kind, bin);
  const shared = useSharedColumns(bin, deletedAt);
  const table = (dialogs: BinDialogs<T>) => (
    <ResourceTable<T>
      label={t.bin.tableLabel(kind)}
      rows={bin.rows}
      columns={[...columns, ...shared]}
      params={bin.params}
      busy={bin.list.isPlaceholderData}
      pathOf={(row) => paths.page(kind, row.uuid)}
      selectPageLabel={t.bin.selectPage(kind)}
      selected={bin.selection.keys}
      onSelect={bin.selection.select}
      onSort={bin.sortBy}
      actions={rowActions(t, dialogs, preloadDialog)}
    />
  );
  return (
    <BinShell
      bin={bin}
      texts={texts}
      table={table}
      rowDialog={({ kind: action, row }, close) => (
        <ActionDialog kind={kind} action={action} resource={row} onClose={close} onCancel={close} />
      )}
    />
  );
}
