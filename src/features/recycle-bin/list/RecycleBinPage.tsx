// The recycle bin of destroyed VMs, the console's home page: the shared bin shell with the VM table (memoised rows)
// and the VM's own recover and expunge dialogs.
import { useCallback } from 'react';
import { describeSearch, searchMisread, vmQueries } from '../../../api/vms.ts';
import { usePrefetchRoute } from '../../../components/route-prefetch.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../../zstack/inventories.ts';
import { expungeDialog, recoverDialog } from '../dialogs/row-dialogs.ts';
import { BinShell, type BinTexts } from './BinShell.tsx';
import type { BinDialogs } from './use-bin-dialog.ts';
import { type BinList, useBinList } from './use-bin-list.ts';
import { VM_DEFAULTS, VM_SORT_FIELDS } from './use-list-params.ts';
import { VmTable } from './VmTable.tsx';

const RecoverDialog = recoverDialog.Component;
const ExpungeDialog = expungeDialog.Component;

const VM_SPEC = { queries: vmQueries, defaults: VM_DEFAULTS, misread: searchMisread };

type VmBin = BinList<(typeof VM_SORT_FIELDS)[number], VmInstance>;

function useVmTexts(bin: VmBin): BinTexts {
  const m = useT().recycleBin;
  return {
    documentTitle: m.documentTitle,
    intro: m.intro(bin.isAdmin),
    searchLabel: m.searchLabel,
    searchPlaceholder: m.searchPlaceholder,
    searchHelp: bin.text.trim() ? m.searchingBy(describeSearch(bin.text)) : m.searchHelp,
    count: m.count(bin.total, bin.searching),
    perPage: m.perPage,
    loadingList: m.loadingList,
    loadFailed: m.loadFailed,
    noMatch: m.noMatch(bin.params.search),
    emptyTitle: m.emptyTitle,
    emptyText: m.emptyText,
  };
}

export function RecycleBinPage() {
  const bin = useBinList(VM_SPEC);
  const texts = useVmTexts(bin);
  const prefetchRoute = usePrefetchRoute();
  // Stable, so the memoised rows do not render again when nothing of theirs changed.
  const onIntent = useCallback(() => {
    void recoverDialog.preload();
    void expungeDialog.preload();
    prefetchRoute('vm'); // a recovery ends on the VM's page
  }, [prefetchRoute]);
  const table = (dialogs: BinDialogs<VmInstance>) => (
    <VmTable
      rows={bin.rows}
      params={bin.params}
      policy={bin.policy}
      paused={bin.paused}
      ownerOf={bin.ownerOf}
      showOwner={bin.isAdmin}
      busy={bin.list.isPlaceholderData}
      now={bin.now}
      onSort={bin.sortBy}
      deletions={bin.deletions}
      selected={bin.selection.keys}
      onSelect={bin.selection.select}
      onRecover={dialogs.openRecover}
      onExpunge={dialogs.openExpunge}
      onIntent={onIntent}
    />
  );
  return (
    <BinShell
      bin={bin}
      texts={texts}
      table={table}
      rowDialog={({ kind, row }, close) =>
        kind === 'recover' ? (
          <RecoverDialog vm={row} onClose={close} onCancel={close} />
        ) : (
          <ExpungeDialog vm={row} onClose={close} onCancel={close} />
        )
      }
    />
  );
}
