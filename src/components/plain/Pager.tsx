// Light pagination: a native select for the page size and two buttons. (MUI's TablePagination brings Select,
// Menu and Popover, about 10 kB gzip, onto the first paint.)
import { useT } from '../../i18n/I18nProvider.tsx';
import { SelectField } from './SelectField.tsx';
import { IconButton } from './ui.tsx';

export interface PagerProps {
  /** 0-based. */
  page: number;
  pageSize: number;
  total: number;
  pageSizes: readonly number[];
  label: string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function Pager({ page, pageSize, total, pageSizes, label, onPage, onPageSize }: PagerProps) {
  const t = useT();
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  const last = Math.max(0, Math.ceil(total / pageSize) - 1);
  return (
    <nav aria-label={t.common.pages} className="rb-pager">
      <SelectField
        inline
        label={label}
        value={pageSize}
        options={pageSizes.map((n) => ({ value: n, label: String(n) }))}
        onChange={onPageSize}
      />
      <p className="rb-body2">{t.common.range(from, to, total)}</p>
      <div>
        <IconButton
          icon="chevronLeft"
          label={t.common.previousPage}
          disabled={page <= 0}
          onClick={() => onPage(page - 1)}
        />
        <IconButton
          icon="chevronRight"
          label={t.common.nextPage}
          disabled={page >= last}
          onClick={() => onPage(page + 1)}
        />
      </div>
    </nav>
  );
}
