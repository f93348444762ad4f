// A small icon button for places that repeat it on every row (copy, expunge): a native <button> with an inline
// icon and one shared style sheet (components/styles.css), not MUI's IconButton, whose ripple, styled root and
// SvgIcon cost a render each; a page of 20 rows has 40 of them.
import type { MouseEvent } from 'react';
import { cls } from './classes.ts';
import { Icon, type IconName } from './icons.tsx';

export interface LightIconButtonProps {
  /** The accessible name, also the native tooltip unless `title` says otherwise. */
  label: string;
  title?: string;
  icon: IconName;
  color?: 'default' | 'error';
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  onPointerEnter?: (() => void) | undefined;
  onFocus?: (() => void) | undefined;
}

export function LightIconButton(props: LightIconButtonProps) {
  return (
    <button
      type="button"
      className={props.color === 'error' ? `${cls.iconButton} ${cls.iconButtonError}` : cls.iconButton}
      aria-label={props.label}
      title={props.title ?? props.label}
      onClick={props.onClick}
      onPointerEnter={props.onPointerEnter}
      onFocus={props.onFocus}
    >
      <Icon name={props.icon} />
    </button>
  );
}
