// The pager under every recycle-bin list: pages and page size live in the URL (page size from the allowed ones).
import { type ListParams, PAGE_SIZES } from '../../../api/list-params.ts';
import { Pager } from '../../../components/plain/Pager.tsx';

export function BinPager<S extends string>(props: {
  params: ListParams<S>;
  total: number;
  lastPage: number;
  label: string;
  update: (change: Partial<ListParams<S>>) => void;
}) {
  const { params, total, lastPage, label, update } = props;
  return (
    <Pager
      page={Math.min(params.page, lastPage)}
      pageSize={params.pageSize}
      total={total}
      pageSizes={PAGE_SIZES}
      label={label}
      onPage={(page) => update({ page })}
      onPageSize={(n) => {
        const size = PAGE_SIZES.find((p) => p === n);
        if (size) update({ pageSize: size, page: 0 });
      }}
    />
  );
}
