// The events' filters, each a native labelled control: operator (with the audit log), days and the gap.
import { DEFAULT_GAP_MINUTES } from '../../api/deletion-events.ts';
import { type EventFilters, gapFrom, MAX_GAP_MINUTES } from '../../api/event-filters.ts';
import { DateRange } from '../../components/plain/DateRange.tsx';
import { DraftInput } from '../../components/plain/DraftInput.tsx';
import { OperatorInput } from '../../components/plain/OperatorInput.tsx';
import { PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';

function Operator({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const m = useT().events;
  return (
    <OperatorInput
      id="events-operator"
      label={m.operator}
      value={value}
      onChange={onChange}
      help={m.operatorHelp}
      misreadHelp={m.operatorMisread}
    />
  );
}

function GapInput({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  const m = useT().events;
  return (
    <DraftInput
      id="events-gap"
      type="number"
      min={1}
      max={MAX_GAP_MINUTES}
      label={m.gap}
      value={String(value)}
      parse={(text) => String(gapFrom(text))}
      onApply={(text) => onChange(Number(text))}
      help={() => m.gapHelp}
    />
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
      {operators && <Operator value={filters.operator} onChange={(operator) => set({ operator })} />}
      <DateRange
        id="events"
        labels={{ from: m.from, to: m.to }}
        from={filters.from}
        to={filters.to}
        onChange={set}
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
