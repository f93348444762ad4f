// Under the search box: the bin's filters, each a native labelled control (keyboard and screen readers know them).
// Admins filter by owner account and by deleter; everyone by the days of deletion. Each change goes to the URL.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { deleterMisread, isFiltered, NO_FILTERS } from '../../../api/bin-filters.ts';
import type { BinFilters } from '../../../api/list-params.ts';
import { ownerQueries } from '../../../api/resources.ts';
import { useApi } from '../../../api/session.ts';
import { TextInput } from '../../../components/plain/TextInput.tsx';
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
  return (
    <div className="rb-field">
      <label htmlFor={id} className="rb-label">
        {m.owner}
      </label>
      <select id={id} className="rb-input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{m.anyOwner}</option>
        {/* an owner from a pasted link stays selectable while the names load (or if it is gone) */}
        {value && !known.some((a) => a.uuid === value) && <option value={value}>{value}</option>}
        {known.map((a) => (
          <option key={a.uuid} value={a.uuid}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Applied on Enter or when focus leaves, so a half-typed name sends no query. */
function DeleterInput({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const m = useT().recycleBin.filters;
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(value);
  }
  const misread = deleterMisread(text);
  const apply = () => {
    if (misread === undefined && text.trim() !== value) onChange(text.trim());
  };
  return (
    <div>
      <TextInput
        id={id}
        label={m.deleter}
        value={text}
        onChange={setText}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        aria-invalid={misread !== undefined}
        aria-describedby={`${id}-help`}
      />
      <p id={`${id}-help`} className="rb-caption rb-muted">
        {misread === undefined ? m.deleterHelp : m.deleterMisread(misread)}
      </p>
    </div>
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
      <TextInput
        id={`${id}-from`}
        type="date"
        label={m.from}
        value={filters.from}
        max={filters.to || undefined}
        onChange={(from) => set({ from })}
      />
      <TextInput
        id={`${id}-to`}
        type="date"
        label={m.to}
        value={filters.to}
        min={filters.from || undefined}
        onChange={(to) => set({ to })}
      />
      {isFiltered(filters) && <PlainButton onClick={() => onChange(NO_FILTERS)}>{m.clear}</PlainButton>}
    </fieldset>
  );
}
