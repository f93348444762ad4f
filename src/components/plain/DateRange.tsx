// The first and last day of a range, as two native date fields that keep each other in order (the bins' and the
// deletion events' "deleted from / to"). Days are yyyy-mm-dd, '' when open.
import { TextInput } from './TextInput.tsx';

export interface DateRangeProps {
  id: string;
  labels: { from: string; to: string };
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}

export function DateRange({ id, labels, from, to, onChange }: DateRangeProps) {
  return (
    <>
      <TextInput
        id={`${id}-from`}
        type="date"
        label={labels.from}
        value={from}
        max={to || undefined}
        onChange={(next) => onChange({ from: next, to })}
      />
      <TextInput
        id={`${id}-to`}
        type="date"
        label={labels.to}
        value={to}
        min={from || undefined}
        onChange={(next) => onChange({ from, to: next })}
      />
    </>
  );
}
