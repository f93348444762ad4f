// A control with its label, in the theme's layout: the label above (a form's field) or beside it (`inline`, as the
// pager's page size). Text fields and selects share it, so every control is named the same way.
import { type ReactNode, useId } from 'react';

export interface FieldProps {
  /** The control's id, which the label names; one is made up when not given. */
  id?: string | undefined;
  label: string;
  required?: boolean | undefined;
  inline?: boolean;
  /** The control, given its id. */
  children: (id: string) => ReactNode;
}

export function Field({ id, label, required, inline = false, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  return (
    <div className={inline ? 'rb-row' : 'rb-field'}>
      <label htmlFor={controlId} className={inline ? 'rb-body2' : 'rb-label'}>
        {label}
        {required && (
          <span aria-hidden="true" className="rb-muted">
            {' *'}
          </span>
        )}
      </label>
      {children(controlId)}
    </div>
  );
}
