// How many VMs are picked, always in view, and what can be done with them; "select all N that match" fetches the
// matching uuids from the server by pages, up to the bulk cap.
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import RestoreIcon from '@mui/icons-material/Restore';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { BULK_CAP } from '../../api/list-params.ts';
import type { BulkResource } from '../../api/operations/run.ts';
import { useApi } from '../../api/session.ts';
import { ErrorCodeView } from '../../components/ErrorCodeView.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import type { Selection } from './use-selection.ts';

export interface SelectionBarProps {
  selection: Selection;
  search: string;
  /** How many destroyed VMs match the search on the server. */
  total: number;
  resource: BulkResource;
  onBulk: (action: 'recover' | 'expunge') => void;
  onIntent: () => void;
}

export function SelectionBar({ selection, search, total, resource, onBulk, onIntent }: SelectionBarProps) {
  const api = useApi();
  const t = useT();
  const m = t.recycleBin;
  const format = useFormat();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [capped, setCapped] = useState(false);
  const count = selection.items.length;
  const all = Math.min(total, BULK_CAP);

  const selectAll = async () => {
    setLoading(true);
    setError(undefined);
    try {
      // Fetched on first use: "select all" is rare, and the first paint need not carry it.
      const { matching } = await import('../../api/bulk.ts');
      const found = await matching(api, resource, search);
      selection.replace(found.items);
      setCapped(found.total > BULK_CAP);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Box
      role="region"
      aria-label={m.selectionRegion}
      sx={{ display: 'grid', gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography role="status" sx={{ fontWeight: 500, mr: 1 }}>
          {resource === 'vm' || count > 0 ? m.selectedCount(count, format.number(count)) : m.noneSelected}
        </Typography>
        {count < all && (
          <Button size="small" onClick={() => void selectAll()} disabled={loading}>
            {loading
              ? m.selectingAll
              : total > BULK_CAP
                ? m.selectFirst(format.number(BULK_CAP))
                : m.selectAll(format.number(total))}
          </Button>
        )}
        {count > 0 && (
          <Button size="small" onClick={selection.clear}>
            {m.clearSelection}
          </Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button
          size="small"
          variant="contained"
          startIcon={<RestoreIcon />}
          disabled={count === 0}
          onClick={() => onBulk('recover')}
          onPointerEnter={onIntent}
          onFocus={onIntent}
        >
          {m.recoverSelected(count)}
        </Button>
        <Button
          size="small"
          color="error"
          variant="outlined"
          startIcon={<DeleteForeverIcon />}
          disabled={count === 0}
          onClick={() => onBulk('expunge')}
          onPointerEnter={onIntent}
          onFocus={onIntent}
        >
          {m.expungeSelected(count)}
        </Button>
      </Box>
      {(capped || total > BULK_CAP) && count >= BULK_CAP && (
        <Alert severity="info" role="note">
          {m.capReached(format.number(BULK_CAP), format.number(total))}
        </Alert>
      )}
      {error !== undefined && <ErrorCodeView error={error} title={m.selectAllFailed} />}
    </Box>
  );
}
