// The first paint's controls: native elements with the shared style sheet (components/plain/styles.css), in place of
// MUI's Button, IconButton, Alert, Skeleton and CircularProgress. Same look, same roles and names; no Emotion, no
// ripple, nothing to compute per render. MUI stays for dialogs and the pages loaded on demand. The button is called
// PlainButton so that it is never mistaken for MUI's Button, which the dialogs import under that name.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './icons.tsx';

export interface ButtonStyle {
  variant?: 'text' | 'outlined' | 'contained';
  color?: 'primary' | 'error' | 'inherit';
  size?: 'small' | 'medium' | 'large';
}

/** The class names of a button, also for a link that looks like one (e.g. a NavLink in the app bar). */
export function buttonClass({
  variant = 'text',
  color = 'primary',
  size = 'medium',
}: ButtonStyle = {}): string {
  return `rb-btn rb-btn-${variant} rb-btn-${color} rb-btn-${size}`;
}

export interface ButtonProps extends ButtonStyle, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'color'> {
  startIcon?: ReactNode;
}

export function PlainButton({
  variant,
  color,
  size,
  startIcon,
  className,
  children,
  type,
  ...rest
}: ButtonProps) {
  const classes = buttonClass({ variant, color, size });
  return (
    <button type={type ?? 'button'} className={className ? `${classes} ${className}` : classes} {...rest}>
      {startIcon && <span className="rb-btn-start">{startIcon}</span>}
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'color'
> {
  /** The accessible name, also the native tooltip unless `title` says otherwise. */
  label: string;
  icon: IconName;
  /** `medium` is MUI's IconButton; `small` the one rows repeat (copy, expunge): 40 of them on a page of 20. */
  size?: 'small' | 'medium';
  /** `inherit` takes the colour of the text around it (in the app bar). */
  color?: 'default' | 'error' | 'inherit';
}

/** A round button with one icon. */
export function IconButton({
  label,
  icon,
  size = 'medium',
  color = 'default',
  title,
  type,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={`rb-round rb-round-${size} rb-round-${color}`}
      aria-label={label}
      title={title ?? label}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  );
}

export type Severity = 'error' | 'warning' | 'info' | 'success';

const severityIcon: Record<Severity, IconName> = {
  error: 'errorOutline',
  warning: 'warningOutline',
  info: 'infoOutline',
  success: 'successOutline',
};

export interface AlertProps {
  severity: Severity;
  /** `alert` (assertive), `status`, `note`, or `presentation` for one that is announced elsewhere. */
  role?: 'alert' | 'status' | 'note' | 'presentation';
  variant?: 'standard' | 'filled';
  title?: ReactNode;
  action?: ReactNode;
  children?: ReactNode;
}

export function Alert({
  severity,
  role = 'alert',
  variant = 'standard',
  title,
  action,
  children,
}: AlertProps) {
  return (
    <div
      role={role}
      className={`rb-alert rb-alert-${severity}${variant === 'filled' ? ' rb-alert-filled' : ''}`}
    >
      <div className="rb-alert-icon">
        <Icon name={severityIcon[severity]} />
      </div>
      <div className="rb-alert-message">
        {title !== undefined && <div className="rb-alert-title">{title}</div>}
        {children}
      </div>
      {action !== undefined && <div className="rb-alert-action">{action}</div>}
    </div>
  );
}

/** A grey placeholder where content is coming (decorative: the region around it says what is loading). */
export function Skeleton({
  height,
  width,
  shape = 'text',
}: {
  height: number;
  width?: string;
  shape?: 'text' | 'rounded';
}) {
  return (
    <span
      aria-hidden="true"
      className={`rb-skeleton rb-skeleton-${shape}`}
      style={width === undefined ? { height } : { height, width }}
    />
  );
}

/** A spinning ring in the current colour, for a button that is busy (its text says what is happening). */
export function Spinner({ size = 18 }: { size?: number }) {
  return <span className="rb-spinner" aria-hidden="true" style={{ fontSize: size }} />;
}
