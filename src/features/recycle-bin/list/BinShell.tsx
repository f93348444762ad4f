// The one page shell of every recycle bin (VMs, data volumes, images): heading and what the bin holds, the tabs,
// the search toolbar, the audit note, the selection bar, the list's states, the pager and the dialogs. A bin brings
// its list (useBinList), its texts, its table and the dialog of one row; everything else is the same here.
import { type ReactNode, useEffect } from 'react';
import { NO_FILTERS } from '../../../api/bin-filters.ts';
import type { Retention } from '../../../api/retention-window.ts';
import { PlainButton } from '../../../components/plain/ui.tsx';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import { bulkDialog } from '../dialogs/bulk-dialog.ts';
import { AuditNote } from './AuditNote.tsx';
import { BinExport } from './BinExport.tsx';
import { BinFilterBar } from './BinFilterBar.tsx';
import { BinPager } from './BinPager.tsx';
import { BinTabs } from './BinTabs.tsx';
import { BinToolbar } from './BinToolbar.tsx';
import { ListLoadFailed, ListLoading } from '../../../components/plain/ListStates.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { type BinDialogs, type RowDialog, useBinDialogs } from './use-bin-dialog.ts';
import type { BinList } from './use-bin-list.ts';

const BulkDialog = bulkDialog.Component;

/** The words of one bin, each naming its own kind. */
export interface BinTexts {
  documentTitle: string;
  /** What the bin holds; the shell adds when ZStack expunges it. */
  intro: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** Under the box: what the typed text is searched by, or what can be searched for. */
  searchHelp: string;
  count: string;
  perPage: string;
  loadingList: string;
  loadFailed: string;
  noMatch: string;
  emptyTitle: string;
  emptyText: string;
}

/** What the intro says about expunging: never by itself, after a period (formatted), or nothing until known. */
function expungeTerms(
  policy: Retention | undefined,
  period: (seconds: number) => string,
): { never: true } | { period: string } | undefined {
  if (policy === undefined) return undefined;
  return policy.policy === 'Never' ? { never: true } : { period: period(policy.periodSeconds) };
}

export interface BinShellProps<S extends string, T extends { uuid: string }> {
  bin: BinList<S, T>;
  texts: BinTexts;
  /** The rows, drawn once there are some; their actions open the shell's dialogs. */
  table: (dialogs: BinDialogs<T>) => ReactNode;
  rowDialog: (dialog: RowDialog<T>, close: () => void) => ReactNode;
}

function BinBody<S extends string, T extends { uuid: string }>({
  bin,
  texts,
  table,
}: Pick<BinShellProps<S, T>, 'bin' | 'texts'> & { table: ReactNode }) {
  const m = useT().recycleBin;
  const { list } = bin;
  if (list.isPending) return <ListLoading label={texts.loadingList} rows={8} />;
  if (list.isError && !list.data)
    return <ListLoadFailed error={list.error} title={texts.loadFailed} onRetry={() => void list.refetch()} />;
  if (bin.rows.length > 0) return table;
  if (bin.filtered)
    return (
      <div className="rb-empty">
        <p className="rb-p rb-gutter">{m.filters.noMatch(bin.kind, bin.params.search)}</p>
        <PlainButton onClick={() => bin.update({ filters: NO_FILTERS, page: 0 })}>
          {m.filters.clear}
        </PlainButton>
      </div>
    );
  if (bin.searching)
    return (
      <div className="rb-empty">
        <p className="rb-p rb-gutter">{texts.noMatch}</p>
        <PlainButton onClick={() => bin.update({ search: '', page: 0 })}>{m.clearTheSearch}</PlainButton>
      </div>
    );
  return (
    <div className="rb-empty">
      <p className="rb-h6">{texts.emptyTitle}</p>
      <p className="rb-p rb-muted">{texts.emptyText}</p>
    </div>
  );
}

/** The search box with its count and refresh, and the filters under it. */
function BinSearch<S extends string, T extends { uuid: string }>({
  bin,
  texts,
}: Pick<BinShellProps<S, T>, 'bin' | 'texts'>) {
  const { params, update, list } = bin;
  const m = useT().recycleBin;
  return (
    <>
      <BinToolbar
        id={`${bin.kind}-search`}
        label={texts.searchLabel}
        placeholder={texts.searchPlaceholder}
        text={bin.text}
        invalid={bin.misread !== undefined}
        help={bin.misread === undefined ? texts.searchHelp : m.searchMisread(bin.misread)}
        count={list.data ? texts.count : ''}
        fetching={list.isFetching && !list.isPending}
        onText={bin.setText}
        onEnter={() => {
          if (bin.misread === undefined) update({ search: bin.text, page: 0 }, { replace: true });
        }}
        onRefresh={() => void list.refetch()}
      />
      <BinFilterBar
        id={`${bin.kind}-filter`}
        filters={params.filters}
        isAdmin={bin.isAdmin}
        onChange={(filters) => update({ filters, page: 0 })}
      />
    </>
  );
}

export function BinShell<S extends string, T extends { uuid: string }>({
  bin,
  texts,
  table,
  rowDialog,
}: BinShellProps<S, T>) {
  const { params, update, rows, total, selection } = bin;
  const m = useT().recycleBin;
  const format = useFormat();
  const [dialogs, headingRef] = useBinDialogs<T>();
  useEffect(() => {
    document.title = texts.documentTitle;
  }, [texts.documentTitle]);
  const open = dialogs.open;
  return (
    <div className="rb-stack">
      <div>
        <h1 className="rb-h4 rb-heading-target" ref={headingRef} tabIndex={-1}>
          {m.title}
        </h1>
        <p className="rb-p rb-muted">
          {texts.intro}
          {m.expungeNote(expungeTerms(bin.policy, format.period))}
        </p>
      </div>
      <BinTabs />
      <BinSearch bin={bin} texts={texts} />
      {total > 0 && (
        <BinExport resource={bin.kind} view={bin.view} order={{ field: params.sort, dir: params.dir }} />
      )}
      <AuditNote support={bin.deletions.support} />
      <div className="rb-paper rb-paper-outlined">
        {(rows.length > 0 || selection.items.length > 0) && (
          <SelectionBar
            selection={selection}
            view={bin.view}
            total={total}
            resource={bin.kind}
            onBulk={dialogs.openBulk}
            onIntent={() => void bulkDialog.preload()}
          />
        )}
        <BinBody bin={bin} texts={texts} table={table(dialogs)} />
        {rows.length > 0 && (
          <BinPager
            params={params}
            total={total}
            lastPage={bin.lastPage}
            label={texts.perPage}
            update={update}
          />
        )}
      </div>
      {open && open.kind !== 'bulk' && rowDialog(open, dialogs.close)}
      {open?.kind === 'bulk' && (
        <BulkDialog
          action={open.action}
          resource={bin.kind}
          items={selection.items}
          onClose={dialogs.close}
          onCancel={dialogs.close}
          onStarted={selection.clear}
        />
      )}
    </div>
  );
}
