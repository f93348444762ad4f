// The frame of every recycle-bin table (VmTable, ResourceTable): dimmed while the next page loads, and a first
// heading that selects or clears the whole page. Each table brings its other headings and its rows.
import type { ReactNode } from 'react';
import { cls } from '../../../components/plain/classes.ts';
import { SelectBox } from '../../../components/plain/SelectBox.tsx';

export interface BinTableProps<T extends { uuid: string }> {
  label: string;
  busy: boolean;
  rows: readonly T[];
  selected: ReadonlySet<string>;
  selectPageLabel: string;
  onSelect: (rows: readonly T[], selected: boolean) => void;
  /** The headings after the checkbox. */
  headings: ReactNode;
  /** The rows' <tr>s. */
  children: ReactNode;
}

export function BinTable<T extends { uuid: string }>(props: BinTableProps<T>) {
  const { rows, selected, busy } = props;
  const onPage = rows.filter((r) => selected.has(r.uuid)).length;
  return (
    <div className={busy ? 'rb-table-wrap rb-busy' : 'rb-table-wrap'}>
      <table className="rb-table" aria-label={props.label} aria-busy={busy}>
        {/* Headings on one line (see .rb-table th): a column that widens later does not push the rows down. */}
        <thead>
          <tr>
            <th className={cls.checkCell}>
              <SelectBox
                label={props.selectPageLabel}
                checked={rows.length > 0 && onPage === rows.length}
                indeterminate={onPage > 0 && onPage < rows.length}
                onChange={(checked) => props.onSelect(rows, checked)}
              />
            </th>
            {props.headings}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
