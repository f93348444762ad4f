// A recycle-bin table for any kind of resource: a checkbox, the name with its UUID, the kind's columns and the
// row's actions. Sorting happens on the server (the header only says which way).
import type { ReactNode } from 'react';
import type { ListParams } from '../../../api/list-params.ts';
import { cls } from '../../../components/plain/classes.ts';
import { SelectBox } from '../../../components/plain/SelectBox.tsx';
import { SortHeader } from '../../../components/plain/SortHeader.tsx';
import type { Messages } from '../../../i18n/en/index.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin.ts';
import { BinTable } from './BinTable.tsx';
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
  const header = (c: Column<T>) => (c.key === 'deletedBy' ? t.common.deletedBy : t.bin.columns[c.key]);
  const headings = (
    <>
      <SortHeader
        label={t.bin.columns.name}
        direction={params.sort === 'name' ? params.dir : undefined}
        onSort={() => props.onSort('name')}
      />
      {columns.map((c) => (
        <SortHeader
          key={c.key}
          label={header(c)}
          numeric={c.numeric ?? false}
          // Room for "operator / from <ip>, <time>" from the start: the answer does not reflow the table.
          wide={c.key === 'deletedBy'}
          direction={c.sort && params.sort === c.sort ? params.dir : undefined}
          onSort={c.sort ? () => c.sort && props.onSort(c.sort) : undefined}
        />
      ))}
      <th className="rb-num">{t.bin.columns.actions}</th>
    </>
  );
  return (
    <BinTable
      label={props.label}
      busy={props.busy}
      rows={rows}
      selected={selected}
      selectPageLabel={props.selectPageLabel}
      onSelect={props.onSelect}
      headings={headings}
    >
      {rows.map((row) => {
        const name = row.name ?? row.uuid;
        return (
          <tr key={row.uuid} className={selected.has(row.uuid) ? 'rb-selected' : undefined}>
            <td className={cls.checkCell}>
              <SelectBox
                label={t.recycleBin.selectRow(name)}
                checked={selected.has(row.uuid)}
                onChange={(checked) => props.onSelect([row], checked)}
              />
            </td>
            <td className={cls.nameCell}>
              <NameCell uuid={row.uuid} name={name} to={props.pathOf(row)} />
            </td>
            {columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'rb-num' : undefined} data-label={header(c)}>
                {c.render(row)}
              </td>
            ))}
            <td className={`rb-num ${cls.actionsCell}`}>{props.actions(row)}</td>
          </tr>
        );
      })}
    </BinTable>
  );
}
