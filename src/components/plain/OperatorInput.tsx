// A filter by who did something (an operator's account name), for the bins' "deleted by" and the deletion events'
// operator: applied on Enter or when the field is left, refused while ZStack's query parser would split the name.
import { operatorNameMisread as misread } from '../../zstack/query.ts';
import { DraftInput } from './DraftInput.tsx';

export interface OperatorInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (operator: string) => void;
  /** The help under the field, and what it says instead while the name is misread. */
  help: string;
  misreadHelp: (part: string) => string;
}

export function OperatorInput({ id, label, value, onChange, help, misreadHelp }: OperatorInputProps) {
  return (
    <DraftInput
      id={id}
      label={label}
      value={value}
      parse={(text) => (misread(text) === undefined ? text.trim() : undefined)}
      onApply={onChange}
      invalid={(text) => misread(text) !== undefined}
      help={(text) => {
        const part = misread(text);
        return part === undefined ? help : misreadHelp(part);
      }}
    />
  );
}
