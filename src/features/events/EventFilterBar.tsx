// The events' filters, each a native labelled control: operator (with the audit log), days and the gap.
import { useState } from 'react';
import { deleterMisread } from '../../api/bin-filters.ts';
import { DEFAULT_GAP_MINUTES } from '../../api/deletion-events.ts';
import { type EventFilters, gapFrom, MAX_GAP_MINUTES } from '../../api/event-filters.ts';
import { TextInput } from '../../components/plain/TextInput.tsx';
import { PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';

/** Text applied on Enter or when focus leaves, so a half-typed value sends no query. */
function useDraft(value: string) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(value);
  }
  return [text, setText] as const;
}

function OperatorInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const m = useT().events;
  const [text, setText] = useDraft(value);
  const misread = deleterMisread(text);
  const apply = () => {
    if (misread === undefined && text.trim() !== value) onChange(text.trim());
  };
  return (
    <div>
      <TextInput
        id="events-operator"
        label={m.operator}
        value={text}
        onChange={setText}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        aria-invalid={misread !== undefined}
        aria-describedby="events-operator-help"
      />
      <p id="events-operator-help" className="rb-caption rb-muted">
        {misread === undefined ? m.operatorHelp : m.operatorMisread(misread)}
      </p>
    </div>
  );
}

function GapInput({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  const m = useT().events;
  const [text, setText] = useDraft(String(value));
  const apply = () => {
    const gap = gapFrom(text);
    setText(String(gap));
    if (gap !== value) onChange(gap);
  };
  return (
    <div>
      <TextInput
        id="events-gap"
        type="number"
        min={1}
        max={MAX_GAP_MINUTES}
        label={m.gap}
        value={text}
        onChange={setText}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        aria-describedby="events-gap-help"
      />
      <p id="events-gap-help" className="rb-caption rb-muted">
        {m.gapHelp}
      </p>
    </div>
  );
}

export function EventFilterBar(props: {
  filters: EventFilters;
  operators: boolean;
  onChange: (filters: EventFilters) => void;
}) {
  const { filters, operators, onChange } = props;
  const m = useT().events;
  const set = (change: Partial<EventFilters>) => onChange({ ...filters, ...change });
  const filtered = filters.operator || filters.from || filters.to || filters.gap !== DEFAULT_GAP_MINUTES;
  return (
    <fieldset className="rb-filters">
      <legend className="rb-sr-only">{m.filters}</legend>
      {operators && <OperatorInput value={filters.operator} onChange={(operator) => set({ operator })} />}
      <TextInput
        id="events-from"
        type="date"
        label={m.from}
        value={filters.from}
        max={filters.to || undefined}
        onChange={(from) => set({ from })}
      />
      <TextInput
        id="events-to"
        type="date"
        label={m.to}
        value={filters.to}
        min={filters.from || undefined}
        onChange={(to) => set({ to })}
      />
      <GapInput value={filters.gap} onChange={(gap) => set({ gap })} />
      {filtered && (
        <PlainButton onClick={() => onChange({ operator: '', from: '', to: '', gap: DEFAULT_GAP_MINUTES })}>
          {m.clear}
        </PlainButton>
      )}
    </fieldset>
  );
}
