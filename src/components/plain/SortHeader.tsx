// A column heading, sortable when it has `onSort`: a button with an arrow, and aria-sort on the heading, like MUI's
// TableSortLabel without its styled root and transitions.
import { Icon } from './icons.tsx';

export interface SortHeaderProps {
  label: string;
  numeric?: boolean;
  /** Keeps room for a long value (who deleted it) from the start. */
  wide?: boolean;
  /** The list is sorted by this column, in this direction. */
  direction: 'asc' | 'desc' | undefined;
  /** Sorts by this column (or flips the direction); absent for a column that cannot be sorted. */
  onSort: (() => void) | undefined;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

export function SortHeader({ label, numeric = false, wide = false, direction, onSort }: SortHeaderProps) {
  const classes = [numeric ? 'rb-num' : '', wide ? 'rb-deleted-by-col' : ''].filter(Boolean).join(' ');
  return (
    <th
      className={classes || undefined}
      aria-sort={direction === undefined ? undefined : ariaSort[direction]}
    >
      {onSort ? (
        <button
          type="button"
          className={
            direction === undefined
              ? 'rb-sort'
              : `rb-sort rb-sort-active${direction === 'asc' ? ' rb-sort-asc' : ''}`
          }
          onClick={onSort}
        >
          {label}
          <Icon name="arrowDownward" />
        </button>
      ) : (
        label
      )}
    </th>
  );
}
