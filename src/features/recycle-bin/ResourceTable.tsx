// A recycle-bin table for any kind of resource: a checkbox, the name with its UUID, the kind's columns and the
// row's actions. Sorting happens on the server (the header only says which way).
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ReactNode } from 'react';
import type { ListParams } from '../../api/list-params.ts';
import { cls } from '../../components/classes.ts';
import { SelectBox } from '../../components/SelectBox.tsx';
import type { Messages } from '../../i18n/en/index.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/bin.ts';
import { NameCell } from './NameCell.tsx';

export interface Column<T> {
  key: keyof Messages['bin']['columns'] | 'deletedBy';
  /** The server field it sorts by, if it sorts. */
  sort?: string;
  numeric?: boolean;
  render: (row: T) => ReactNode;
}

export interface ResourceTableProps<T extends { uuid: string; name?: string | undefined }> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  params: ListParams<string>;
  busy: boolean;
  pathOf: (row: T) => string;
  selectPageLabel: string;
  selected: ReadonlySet<string>;
  onSelect: (rows: readonly T[], selected: boolean) => void;
  onSort: (field: string) => void;
  actions: (row: T) => ReactNode;
}

export function ResourceTable<T extends { uuid: string; name?: string | undefined }>(
  props: ResourceTableProps<T>,
) {
  const { rows, columns, params, selected } = props;
  const t = useT();
  const onPage = rows.filter((r) => selected.has(r.uuid)).length;
  const header = (c: Column<T>) => (c.key === 'deletedBy' ? t.common.deletedBy : t.bin.columns[c.key]);
  return (
    <TableContainer sx={{ opacity: props.busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <Table size="small" aria-label={props.label} aria-busy={props.busy}>
        {/* Headings on one line: a column that widens later does not make them wrap and push the rows down. */}
        <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
          <TableRow>
            <TableCell padding="checkbox" sx={{ pl: 2 }}>
              <SelectBox
                label={props.selectPageLabel}
                checked={rows.length > 0 && onPage === rows.length}
                indeterminate={onPage > 0 && onPage < rows.length}
                onChange={(checked) => props.onSelect(rows, checked)}
              />
            </TableCell>
            <TableCell sortDirection={params.sort === 'name' ? params.dir : false}>
              <TableSortLabel
                active={params.sort === 'name'}
                direction={params.sort === 'name' ? params.dir : 'asc'}
                onClick={() => props.onSort('name')}
              >
                {t.bin.columns.name}
              </TableSortLabel>
            </TableCell>
            {columns.map((c) => (
              <TableCell
                key={c.key}
                align={c.numeric ? 'right' : 'left'}
                sortDirection={c.sort && params.sort === c.sort ? params.dir : false}
                // Room for "operator / from <ip>, <time>" from the start: the answer does not reflow the table.
                {...(c.key === 'deletedBy' ? { sx: { minWidth: 250 } } : {})}
              >
                {c.sort ? (
                  <TableSortLabel
                    active={params.sort === c.sort}
                    direction={params.sort === c.sort ? params.dir : 'asc'}
                    onClick={() => c.sort && props.onSort(c.sort)}
                  >
                    {header(c)}
                  </TableSortLabel>
                ) : (
                  header(c)
                )}
              </TableCell>
            ))}
            <TableCell align="right">{t.bin.columns.actions}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const name = row.name ?? row.uuid;
            return (
              <TableRow key={row.uuid} hover selected={selected.has(row.uuid)}>
                <TableCell padding="checkbox" className={cls.checkCell}>
                  <SelectBox
                    label={t.recycleBin.selectVm(name)}
                    checked={selected.has(row.uuid)}
                    onChange={(checked) => props.onSelect([row], checked)}
                  />
                </TableCell>
                <TableCell className={cls.nameCell}>
                  <NameCell uuid={row.uuid} name={name} to={props.pathOf(row)} />
                </TableCell>
                {columns.map((c) => (
                  <TableCell key={c.key} align={c.numeric ? 'right' : 'left'}>
                    {c.render(row)}
                  </TableCell>
                ))}
                <TableCell align="right" className={cls.actionsCell}>
                  {props.actions(row)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
