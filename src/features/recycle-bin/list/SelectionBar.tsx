// How many rows are picked, always in view, and what can be done with them; "select all N that match" fetches the
// matching uuids from the server by pages, up to the bulk cap.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { BinView } from '../../../api/bulk.ts';
import { BULK_CAP } from '../../../api/list-params.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';
import { useApi } from '../../../api/session.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { Icon } from '../../../components/plain/icons.tsx';
import { Alert, PlainButton } from '../../../components/plain/ui.tsx';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import { paths } from '../../../components/paths.ts';
import type { Selection } from './use-selection.ts';

export interface SelectionBarProps {
  selection: Selection;
  /** What the bin shows (search, filters): "select all" takes what matches it. */
  view: BinView;
  /** How many rows match the search on the server. */
  total: number;
  resource: ResourceKind;
  onBulk: (action: 'recover' | 'expunge') => void;
  onIntent: () => void;
}

/** "Select all N that match": the matching uuids from the server by pages, up to the bulk cap. */
function useSelectAll(selection: Selection, resource: ResourceKind, view: BinView) {
  const api = useApi();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [capped, setCapped] = useState(false);
  const selectAll = async () => {
    setLoading(true);
    setError(undefined);
    try {
      // Fetched on first use: "select all" is rare, and the first paint need not carry it.
      const { matching } = await import('../../../api/bulk.ts');
      const found = await matching(api, resource, view);
      selection.replace(found.items);
      setCapped(found.total > BULK_CAP);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  return { loading, error, capped, selectAll };
}

/** Recover or expunge the selection; its dialog's code starts loading when the pointer or the focus comes near. */
function BulkButton({
  action,
  count,
  onBulk,
  onIntent,
}: { action: 'recover' | 'expunge'; count: number } & Pick<SelectionBarProps, 'onBulk' | 'onIntent'>) {
  const m = useT().recycleBin;
  const recover = action === 'recover';
  return (
    <PlainButton
      size="small"
      variant={recover ? 'contained' : 'outlined'}
      color={recover ? 'primary' : 'error'}
      startIcon={<Icon name={recover ? 'restore' : 'deleteForever'} />}
      disabled={count === 0}
      onClick={() => onBulk(action)}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      {recover ? m.recoverSelected(count) : m.expungeSelected(count)}
    </PlainButton>
  );
}

export function SelectionBar({ selection, view, total, resource, onBulk, onIntent }: SelectionBarProps) {
  const t = useT();
  const m = t.recycleBin;
  const format = useFormat();
  const { loading, error, capped, selectAll } = useSelectAll(selection, resource, view);
  const count = selection.items.length;
  const all = Math.min(total, BULK_CAP);
  const navigate = useNavigate();
  const planRestore = () => {
    const uuids = selection.items.map((i) => i.uuid);
    void navigate(paths.restorePlan({ vm: [], volume: [], image: [], [resource]: uuids }));
  };

  return (
    <div role="region" aria-label={m.selectionRegion} className="rb-selection-bar">
      <div className="rb-row">
        <p role="status" className="rb-selection-count">
          {m.selectedCount(resource, count, format.number(count))}
        </p>
        {count < all && (
          <PlainButton size="small" onClick={() => void selectAll()} disabled={loading}>
            {loading
              ? m.selectingAll
              : total > BULK_CAP
                ? m.selectFirst(resource, format.number(BULK_CAP))
                : m.selectAll(resource, total, format.number(total))}
          </PlainButton>
        )}
        {count > 0 && (
          <PlainButton size="small" onClick={selection.clear}>
            {m.clearSelection}
          </PlainButton>
        )}
        <span className="rb-grow" />
        <BulkButton action="recover" count={count} onBulk={onBulk} onIntent={onIntent} />
        <PlainButton size="small" variant="outlined" disabled={count === 0} onClick={planRestore}>
          {m.planRestore}
        </PlainButton>
        <BulkButton action="expunge" count={count} onBulk={onBulk} onIntent={onIntent} />
      </div>
      {(capped || total > BULK_CAP) && count >= BULK_CAP && (
        <Alert severity="info" role="note">
          {m.capReached(resource, format.number(BULK_CAP), format.number(total))}
        </Alert>
      )}
      {error !== undefined && <ErrorCodeView error={error} title={m.selectAllFailed(resource)} />}
    </div>
  );
}
