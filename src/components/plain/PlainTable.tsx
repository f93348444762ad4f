// A read-only table in the shared style sheet: its name, one heading row, then the caller's rows. The bins' own
// tables (selection, sorting, busy) draw their headings themselves; every other table of the console is this one.
import type { ReactNode } from 'react';

export interface PlainTableProps {
  /** The table's accessible name (what a screen reader, and a test, calls it). */
  label: string;
  /** The column headings, in order; an empty string keeps a column without a heading (a column of buttons). */
  headers: readonly string[];
  /** The rows (`<tr>` elements). */
  children: ReactNode;
  /** Extra classes on the scrolling wrapper (for example `rb-print-all`). */
  wrapClassName?: string;
}

export function PlainTable({ label, headers, children, wrapClassName }: PlainTableProps) {
  return (
    <div className={wrapClassName ? `rb-table-wrap ${wrapClassName}` : 'rb-table-wrap'}>
      <table className="rb-table" aria-label={label}>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
