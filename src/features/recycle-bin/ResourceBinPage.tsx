// The recycle bins of data volumes and images: the same list as the VMs' (URL state, server-side search, sort and
// paging, owners for admins, expunge countdown from the kind's own config, who deleted it, selection and bulk).
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { deletedRefs, IMAGE_SORT_FIELDS, type ImageListParams, imageQueries } from '../../api/images.ts';
import { conditionMisread, isUuid, nameOrUuidCondition } from '../../api/list-params.ts';
import { nameQueries } from '../../api/resources.ts';
import { type Api, useApi, useServerDate } from '../../api/session.ts';
import { VOLUME_SORT_FIELDS, type VolumeListParams, volumeQueries } from '../../api/volumes.ts';
import { cls } from '../../components/plain/classes.ts';
import { DeletedBy } from '../../components/plain/DeletedBy.tsx';
import { keepFocusIn } from '../../components/focus.ts';
import { Icon } from '../../components/plain/icons.tsx';
import { preloadable } from '../../components/plain/preloadable.tsx';
import { Button, IconButton } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/bin.ts';
import type { ServerTime } from '../../zstack/dates.ts';
import type { Image, Volume } from '../../zstack/inventories.ts';
import { AuditNote } from './AuditNote.tsx';
import { ListLoadFailed, ListLoading } from './ListStates.tsx';
import { BinPager } from './BinPager.tsx';
import { BinTabs } from './BinTabs.tsx';
import { BinToolbar } from './BinToolbar.tsx';
import { ExpungeCountdown } from './ExpungeCountdown.tsx';
import { ResourceTable, type Column } from './ResourceTable.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { bulkDialog } from './dialogs/bulk-dialog.ts';
import { IMAGE_DEFAULTS, VOLUME_DEFAULTS } from './resource-prefetch.ts';
import { type BinList, REFRESH_MS, useBinList, useNow } from './use-bin-list.ts';

const actionDialog = preloadable(
  () => import('./dialogs/ResourceActionDialog.tsx'),
  (module) => module.ResourceActionDialog,
  { what: 'recoverDialog', floating: true },
);
const ActionDialog = actionDialog.Component;
const BulkDialog = bulkDialog.Component;

const misread = (text: string) => conditionMisread(nameOrUuidCondition(text));

const VOLUME_SPEC = {
  sortFields: VOLUME_SORT_FIELDS,
  defaults: VOLUME_DEFAULTS,
  useList: (api: Api, params: VolumeListParams) =>
    useQuery({ ...volumeQueries.list(api, params), refetchInterval: REFRESH_MS }),
  misread,
  category: 'volume',
  audited: 'volume',
} as const;

const IMAGE_SPEC = {
  sortFields: IMAGE_SORT_FIELDS,
  defaults: IMAGE_DEFAULTS,
  useList: (api: Api, params: ImageListParams) =>
    useQuery({ ...imageQueries.list(api, params), refetchInterval: REFRESH_MS }),
  misread,
  category: 'image',
  audited: 'image',
} as const;

/** When an image was deleted: per backup storage, and it goes for good with the last copy (latest ref). */
function imageDeletedAt(image: Image) {
  const refs = deletedRefs(image);
  const latest = refs.reduce<(typeof refs)[number] | undefined>(
    (a, r) => (a && a.lastOpDate && r.lastOpDate && a.lastOpDate.ms >= r.lastOpDate.ms ? a : r),
    undefined,
  );
  return latest?.lastOpDate ?? image.lastOpDate;
}

type Dialog =
  | { kind: 'recover' | 'expunge'; resource: Volume | Image }
  | { kind: 'bulk'; action: 'recover' | 'expunge' }
  | undefined;

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
  return <BinPage kind="volume" bin={bin} columns={columns} deletedAt={(v) => v.lastOpDate} />;
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
  return <BinPage kind="image" bin={bin} columns={columns} deletedAt={imageDeletedAt} />;
}

interface BinPageProps<S extends string, T extends Volume | Image> {
  kind: 'volume' | 'image';
  bin: BinList<S, T>;
  /** The kind's own columns, between the name and the deletion time. */
  columns: Column<T>[];
  deletedAt: (row: T) => ServerTime | undefined;
}

function BinPage<S extends string, T extends Volume | Image>({
  kind,
  bin,
  columns,
  deletedAt,
}: BinPageProps<S, T>) {
  const t = useT();
  const m = t.bin;
  const format = useFormat();
  const toDate = useServerDate();
  const now = useNow(60_000);
  const [dialog, setDialog] = useState<Dialog>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeDialog = useCallback(() => {
    setDialog(undefined);
    keepFocusIn(() => headingRef.current);
  }, []);
  const { params, update, list, rows, total, lastPage, deletions } = bin;
  const path = kind === 'volume' ? '/volumes' : '/images';
  useEffect(() => {
    document.title = m.documentTitle(kind);
  }, [m, kind]);

  const deletedCol: Column<T> = {
    key: 'deleted',
    sort: 'lastOpDate',
    render: (row) => {
      const at = toDate(deletedAt(row));
      return (
        <>
          {format.relative(at, now)}
          <span className={cls.secondary}>{format.dateTime(at)}</span>
        </>
      );
    },
  };
  const expungesCol: Column<T> = {
    key: 'expunges',
    render: (row) => <ExpungeCountdown deleted={toDate(deletedAt(row))} policy={bin.policy} now={now} />,
  };
  const accountCol: Column<T> = { key: 'account', render: (row) => bin.ownerOf(row.uuid) };
  const deletedByCol: Column<T> = {
    key: 'deletedBy',
    render: (row) => {
      const d = deletions.of(row.uuid);
      return d === null ? '…' : d === 'unknown' ? t.common.notInAudit : <DeletedBy {...d} />;
    },
  };
  const allColumns: Column<T>[] = [
    ...columns,
    deletedCol,
    expungesCol,
    ...(bin.isAdmin ? [accountCol] : []),
    ...(deletions.column ? [deletedByCol] : []),
  ];

  let body: ReactNode;
  if (list.isPending) {
    body = <ListLoading label={m.loadingList(kind)} rows={6} />;
  } else if (list.isError && !list.data) {
    body = (
      <ListLoadFailed error={list.error} title={m.loadFailed(kind)} onRetry={() => void list.refetch()} />
    );
  } else if (rows.length === 0) {
    body = (
      <div className="rb-empty">
        <p className="rb-h6">{bin.searching ? m.noMatch(kind, params.search) : m.emptyTitle(kind)}</p>
        {bin.searching ? (
          <Button onClick={() => update({ search: '', page: 0 })}>{t.recycleBin.clearTheSearch}</Button>
        ) : (
          <p className="rb-p rb-muted">{m.emptyText(kind)}</p>
        )}
      </div>
    );
  } else {
    body = (
      <ResourceTable<T>
        label={m.tableLabel(kind)}
        rows={rows}
        columns={allColumns}
        params={params}
        busy={list.isPlaceholderData}
        pathOf={(row) => `${path}/${row.uuid}`}
        selectPageLabel={m.selectPage(kind)}
        selected={bin.selection.keys}
        onSelect={bin.selection.select}
        onSort={(field) => {
          const sort = bin.sortFields.find((f) => f === field);
          if (sort)
            update({ sort, dir: params.sort === sort && params.dir === 'asc' ? 'desc' : 'asc', page: 0 });
        }}
        actions={(row) => {
          const name = row.name ?? row.uuid;
          return (
            <>
              <Button
                size="small"
                startIcon={<Icon name="restore" />}
                aria-label={t.recycleBin.recoverName(name)}
                onPointerEnter={() => void actionDialog.preload()}
                onClick={() => setDialog({ kind: 'recover', resource: row })}
              >
                {t.recycleBin.recover}
              </Button>
              <IconButton
                size="small"
                color="error"
                icon="deleteForever"
                label={t.recycleBin.expungeName(name)}
                onPointerEnter={() => void actionDialog.preload()}
                onClick={() => setDialog({ kind: 'expunge', resource: row })}
              />
            </>
          );
        }}
      />
    );
  }

  return (
    <div className="rb-stack">
      <div>
        <h1 className="rb-h4 rb-heading-target" ref={headingRef} tabIndex={-1}>
          {t.recycleBin.title}
        </h1>
        <p className="rb-p rb-muted">
          {m.intro(
            kind,
            bin.isAdmin,
            bin.policy?.deletionPolicy === 'Never'
              ? { never: true }
              : bin.policy
                ? { period: format.period(bin.policy.expungePeriodSeconds) }
                : undefined,
          )}
        </p>
      </div>
      <BinTabs />
      <BinToolbar
        id={`${kind}-search`}
        label={m.searchLabel(kind)}
        placeholder={m.searchPlaceholder}
        text={bin.text}
        invalid={bin.misread !== undefined}
        help={
          bin.misread !== undefined
            ? t.recycleBin.searchMisread(bin.misread)
            : bin.text.trim()
              ? m.searchingBy(isUuid(bin.text))
              : m.searchHelp
        }
        count={list.data ? m.count(kind, total, bin.searching) : ''}
        fetching={list.isFetching && !list.isPending}
        onText={bin.setText}
        onEnter={() => {
          if (bin.misread === undefined) update({ search: bin.text, page: 0 }, { replace: true });
        }}
        onRefresh={() => void list.refetch()}
      />
      <AuditNote support={deletions.support} />
      <div className="rb-paper rb-paper-outlined">
        {(rows.length > 0 || bin.selection.items.length > 0) && (
          <SelectionBar
            selection={bin.selection}
            search={params.search}
            total={total}
            resource={kind}
            onBulk={(action) => setDialog({ kind: 'bulk', action })}
            onIntent={() => void bulkDialog.preload()}
          />
        )}
        {body}
        {rows.length > 0 && (
          <BinPager
            params={params}
            total={total}
            lastPage={lastPage}
            label={m.perPage(kind)}
            update={update}
          />
        )}
      </div>
      {dialog && dialog.kind !== 'bulk' && (
        <ActionDialog
          kind={kind}
          action={dialog.kind}
          resource={dialog.resource}
          onClose={closeDialog}
          onCancel={closeDialog}
        />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkDialog
          action={dialog.action}
          resource={kind}
          items={bin.selection.items}
          onClose={closeDialog}
          onCancel={closeDialog}
          onStarted={bin.selection.clear}
        />
      )}
    </div>
  );
}
