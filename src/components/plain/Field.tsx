// A control with its label, in the theme's layout: the label above (a form's field) or beside it (`inline`, as the
// pager's page size). Text fields and selects share it, so every control is named the same way.
import type { ReactNode } from 'react';

export interface FieldProps {
  /** The control's id: the label names it. */
  id: string;
  label: string;
  required?: boolean | undefined;
  inline?: boolean;
  children: ReactNode;
}

export function Field({ id, label, required, inline = false, children }: FieldProps) {
  return (
    <div className={inline ? 'rb-row' : 'rb-field'}>
      <label htmlFor={id} className={inline ? 'rb-body2' : 'rb-label'}>
        {label}
        {required && (
          <span aria-hidden="true" className="rb-muted">
            {' *'}
          </span>
        )}
      </label>
      {children}
    </div>
  );
}
