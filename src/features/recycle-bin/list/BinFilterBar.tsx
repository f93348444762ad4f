// Under the search box: the bin's filters, each a native labelled control (keyboard and screen readers know them).
// Admins filter by owner account and by deleter; everyone by the days of deletion. Each change goes to the URL.
import { useQuery } from '@tanstack/react-query';
import { isFiltered, NO_FILTERS } from '../../../api/bin-filters.ts';
import type { BinFilters } from '../../../api/list-params.ts';
import { ownerQueries } from '../../../api/resources.ts';
import { useApi } from '../../../api/session.ts';
import { DateRange } from '../../../components/plain/DateRange.tsx';
import { OperatorInput } from '../../../components/plain/OperatorInput.tsx';
import { SelectField } from '../../../components/plain/SelectField.tsx';
import { PlainButton } from '../../../components/plain/ui.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';

export interface BinFilterBarProps {
  id: string;
  filters: BinFilters;
  isAdmin: boolean;
  onChange: (filters: BinFilters) => void;
}

function OwnerSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const m = useT().recycleBin.filters;
  const accounts = useQuery(ownerQueries.accounts(useApi()));
  const known = accounts.data ?? [];
  const options = [
    { value: '', label: m.anyOwner },
    // an owner from a pasted link stays selectable while the names load (or if it is gone)
    ...(value && !known.some((a) => a.uuid === value) ? [{ value, label: value }] : []),
    ...known.map((a) => ({ value: a.uuid, label: a.name })),
  ];
  return <SelectField id={id} label={m.owner} value={value} options={options} onChange={onChange} />;
}

function DeleterInput({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const m = useT().recycleBin.filters;
  return (
    <OperatorInput
      id={id}
      label={m.deleter}
      value={value}
      onChange={onChange}
      help={m.deleterHelp}
      misreadHelp={m.deleterMisread}
    />
  );
}

export function BinFilterBar({ id, filters, isAdmin, onChange }: BinFilterBarProps) {
  const m = useT().recycleBin.filters;
  const set = (change: Partial<BinFilters>) => onChange({ ...filters, ...change });
  return (
    <fieldset className="rb-filters">
      <legend className="rb-sr-only">{m.label}</legend>
      {isAdmin && (
        <OwnerSelect id={`${id}-owner`} value={filters.owner} onChange={(owner) => set({ owner })} />
      )}
      {isAdmin && (
        <DeleterInput id={`${id}-deleter`} value={filters.deleter} onChange={(deleter) => set({ deleter })} />
      )}
      <DateRange
        id={id}
        labels={{ from: m.from, to: m.to }}
        from={filters.from}
        to={filters.to}
        onChange={set}
      />
      {isFiltered(filters) && <PlainButton onClick={() => onChange(NO_FILTERS)}>{m.clear}</PlainButton>}
    </fieldset>
  );
}
