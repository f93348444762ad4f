import Table from '@mui/material/Table';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';

/** Cell style for long server text (names, paths): wraps anywhere, but keeps a readable width. */
export const LONG = { minWidth: 160, overflowWrap: 'anywhere' } as const;

/** A table that scrolls sideways in a narrow window; the scroller takes focus so keyboards can scroll it too. */
export function ScrollTable({
  label,
  minWidth,
  headers,
  numeric = [],
  children,
}: {
  label: string;
  minWidth: number;
  headers: readonly string[];
  /** Headers of columns that hold numbers (right-aligned). */
  numeric?: readonly string[];
  /** The table body. */
  children: ReactNode;
}) {
  const t = useT();
  return (
    <TableContainer role="region" aria-label={t.vm.scrollable(label)} tabIndex={0} sx={{ maxWidth: '100%' }}>
      {/* Headers stay on one line and short values never split mid-word; long values wrap (see LONG). */}
      <Table
        size="small"
        aria-label={label}
        sx={{ minWidth, '& th': { whiteSpace: 'nowrap' }, '& td': { overflowWrap: 'break-word' } }}
      >
        <TableHead>
          <TableRow>
            {headers.map((h) => (
              <TableCell key={h} align={numeric.includes(h) ? 'right' : 'left'}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        {children}
      </Table>
    </TableContainer>
  );
}
