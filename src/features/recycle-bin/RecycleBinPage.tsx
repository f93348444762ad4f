import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useDeletions } from '../../api/audit.ts';
import { configQueries, ownerOf, ownerQueries } from '../../api/resources.ts';
import { useSession } from '../../api/session.ts';
import { describeSearch, searchMisread, vmQueries } from '../../api/vms.ts';
import { keepFocusIn } from '../../components/focus.ts';
import { preloadable } from '../../components/plain/preloadable.tsx';
import { usePrefetchRoute } from '../../components/route-prefetch.tsx';
import { Button } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';
import { useListParams, VM_DEFAULTS, VM_SORT_FIELDS } from './use-list-params.ts';
import { AuditNote } from './AuditNote.tsx';
import { ListLoadFailed, ListLoading } from './ListStates.tsx';
import { BinPager } from './BinPager.tsx';
import { BinTabs } from './BinTabs.tsx';
import { BinToolbar } from './BinToolbar.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { useSelection } from './use-selection.ts';
import { VmTable } from './VmTable.tsx';
import { bulkDialog } from './dialogs/bulk-dialog.ts';
import { useNow } from './use-bin-list.ts';

const REFRESH_MS = 30_000;

// The dialogs (and MUI's Dialog, Modal and focus trap) are not needed to show the list: fetched on first intent.
const recoverDialog = preloadable(
  () => import('./dialogs/RecoverDialog.tsx'),
  (module) => module.RecoverDialog,
  { what: 'recoverDialog', floating: true },
);
const expungeDialog = preloadable(
  () => import('./dialogs/ExpungeDialog.tsx'),
  (module) => module.ExpungeDialog,
  { what: 'expungeDialog', floating: true },
);
const RecoverDialog = recoverDialog.Component;
const ExpungeDialog = expungeDialog.Component;
const BulkDialog = bulkDialog.Component;
const prefetchDialogs = () => {
  void recoverDialog.preload();
  void expungeDialog.preload();
};

type Dialog =
  | { kind: 'recover' | 'expunge'; vm: VmInstance }
  | { kind: 'bulk'; action: 'recover' | 'expunge' }
  | undefined;

export function RecycleBinPage() {
  const [params, update] = useListParams(VM_SORT_FIELDS, VM_DEFAULTS);
  const { session, api } = useSession();
  const isAdmin = session?.isAdmin ?? false;
  const [text, setText] = useState(params.search);
  const [dialog, setDialog] = useState<Dialog>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The dialog gives focus back to the button that opened it; when that row has gone, the heading takes it.
  const closeDialog = useCallback(() => {
    setDialog(undefined);
    keepFocusIn(() => headingRef.current);
  }, []);
  const now = useNow(60_000);
  const prefetchRoute = usePrefetchRoute();
  // Stable, so the memoised rows do not render again when nothing of theirs changed.
  const openRecover = useCallback((vm: VmInstance) => setDialog({ kind: 'recover', vm }), []);
  const openExpunge = useCallback((vm: VmInstance) => setDialog({ kind: 'expunge', vm }), []);
  const onIntent = useCallback(() => {
    prefetchDialogs();
    prefetchRoute('vm'); // a recovery ends on the VM's page
  }, [prefetchRoute]);
  const t = useT();
  const m = t.recycleBin;
  const format = useFormat();

  // The URL can change under us (back/forward, a pasted link): the box follows it.
  const [syncedSearch, setSyncedSearch] = useState(params.search);
  if (syncedSearch !== params.search) {
    setSyncedSearch(params.search);
    setText(params.search);
  }
  useEffect(() => {
    document.title = m.documentTitle;
  }, [m]);
  const misread = searchMisread(text);
  const problem = misread === undefined ? undefined : m.searchMisread(misread);
  useEffect(() => {
    if (text === params.search || problem !== undefined) return;
    const id = setTimeout(() => update({ search: text, page: 0 }, { replace: true }), 300);
    return () => clearTimeout(id);
  }, [text, params.search, problem, update]);

  const list = useQuery({ ...vmQueries.list(api, params), refetchInterval: REFRESH_MS });
  const policy = useQuery(configQueries.expungePolicy(api));
  const rows = list.data?.inventories ?? [];
  const owners = useQuery({
    ...ownerQueries.owners(
      api,
      rows.map((r) => r.uuid),
    ),
    enabled: isAdmin && rows.length > 0,
  });
  const total = list.data?.total ?? rows.length;
  const selection = useSelection(params.search);
  const deletions = useDeletions(
    api,
    'vm',
    rows.map((r) => r.uuid),
  );
  const lastPage = Math.max(0, Math.ceil(total / params.pageSize) - 1);

  // A page past the end (after recoveries, or from an old link) snaps back to the last one.
  useEffect(() => {
    if (list.data && !list.isPlaceholderData && params.page > lastPage)
      update({ page: lastPage }, { replace: true });
  }, [list.data, list.isPlaceholderData, params.page, lastPage, update]);

  const searching = params.search.trim() !== '';
  let body: ReactNode;
  if (list.isPending) {
    body = <ListLoading label={m.loadingList} rows={8} />;
  } else if (list.isError && !list.data) {
    body = <ListLoadFailed error={list.error} title={m.loadFailed} onRetry={() => void list.refetch()} />;
  } else if (rows.length === 0 && searching) {
    body = (
      <div className="rb-empty">
        <p className="rb-p rb-gutter">{m.noMatch(params.search)}</p>
        <Button onClick={() => update({ search: '', page: 0 })}>{m.clearTheSearch}</Button>
      </div>
    );
  } else if (rows.length === 0) {
    body = (
      <div className="rb-empty">
        <p className="rb-h6">{m.emptyTitle}</p>
        <p className="rb-p rb-muted">{m.emptyText}</p>
      </div>
    );
  } else {
    body = (
      <VmTable
        rows={rows}
        params={params}
        policy={policy.data}
        ownerOf={ownerOf(owners)}
        showOwner={isAdmin}
        busy={list.isPlaceholderData}
        now={now}
        onSort={(field) =>
          update({
            sort: field,
            dir: params.sort === field && params.dir === 'asc' ? 'desc' : 'asc',
            page: 0,
          })
        }
        deletions={deletions}
        selected={selection.keys}
        onSelect={selection.select}
        onRecover={openRecover}
        onExpunge={openExpunge}
        onIntent={onIntent}
      />
    );
  }

  return (
    <div className="rb-stack">
      <div>
        <h1 className="rb-h4 rb-heading-target" ref={headingRef} tabIndex={-1}>
          {m.title}
        </h1>
        <p className="rb-p rb-muted">
          {m.intro(
            isAdmin,
            policy.data?.deletionPolicy === 'Never'
              ? { never: true }
              : policy.data
                ? { period: format.period(policy.data.expungePeriodSeconds) }
                : undefined,
          )}
        </p>
      </div>
      <BinTabs />
      <BinToolbar
        id="vm-search"
        label={m.searchLabel}
        placeholder={m.searchPlaceholder}
        text={text}
        invalid={problem !== undefined}
        help={problem ?? (text.trim() ? m.searchingBy(describeSearch(text)) : m.searchHelp)}
        count={list.data ? m.count(total, searching) : ''}
        fetching={list.isFetching && !list.isPending}
        onText={setText}
        onEnter={() => {
          if (problem === undefined) update({ search: text, page: 0 }, { replace: true });
        }}
        onRefresh={() => void list.refetch()}
      />
      <AuditNote support={deletions.support} />
      <div className="rb-paper rb-paper-outlined">
        {(rows.length > 0 || selection.items.length > 0) && (
          <SelectionBar
            selection={selection}
            search={params.search}
            total={total}
            resource="vm"
            onBulk={(action) => setDialog({ kind: 'bulk', action })}
            onIntent={() => void bulkDialog.preload()}
          />
        )}
        {body}
        {rows.length > 0 && (
          <BinPager params={params} total={total} lastPage={lastPage} label={m.perPage} update={update} />
        )}
      </div>
      {dialog?.kind === 'recover' && (
        <RecoverDialog vm={dialog.vm} onClose={closeDialog} onCancel={closeDialog} />
      )}
      {dialog?.kind === 'expunge' && (
        <ExpungeDialog vm={dialog.vm} onClose={closeDialog} onCancel={closeDialog} />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkDialog
          action={dialog.action}
          resource="vm"
          items={selection.items}
          onClose={closeDialog}
          onCancel={closeDialog}
          onStarted={selection.clear}
        />
      )}
    </div>
  );
}
