// A text field whose value is applied on Enter or when focus leaves, so a half-typed value sends no query (the
// filters' operator name, the events' gap); the help line under it says what it takes or what is wrong.
import { type InputHTMLAttributes, useState } from 'react';
import { TextInput } from './TextInput.tsx';

export interface DraftInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  /** The value to apply for the typed text, or undefined to apply nothing (the draft stays as typed). */
  parse: (text: string) => string | undefined;
  onApply: (value: string) => void;
  /** The help line for the typed text: what the field takes, or what is wrong with it. */
  help: (text: string) => string;
  invalid?: (text: string) => boolean;
}

/** The draft follows a value changed from outside (a link, "Clear"). */
function useDraft(value: string) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(value);
  }
  return [text, setText] as const;
}

export function DraftInput({ id, label, value, parse, onApply, help, invalid, ...rest }: DraftInputProps) {
  const [text, setText] = useDraft(value);
  const apply = () => {
    const next = parse(text);
    if (next === undefined) return;
    setText(next);
    if (next !== value) onApply(next);
  };
  return (
    <div>
      <TextInput
        {...rest}
        id={id}
        label={label}
        value={text}
        onChange={setText}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
        aria-invalid={invalid?.(text) ?? false}
        aria-describedby={`${id}-help`}
      />
      <p id={`${id}-help`} className="rb-caption rb-muted">
        {help(text)}
      </p>
    </div>
  );
}
