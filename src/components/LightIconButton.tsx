// A small icon button for places that repeat it on every row (copy, expunge): a native <button> with an inline
// icon and one shared style sheet (components/classes.ts), not MUI's IconButton, whose ripple, styled root and
// SvgIcon cost a render each; a page of 20 rows has 40 of them.
import type { MouseEvent, ReactNode } from 'react';
import { cls } from './classes.ts';

/** Material icons' paths (Apache 2.0), drawn at 1em in the current colour. */
const iconPaths = {
  contentCopy:
    'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z',
  check: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  deleteForever:
    'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zm2.46-7.12 1.41-1.41L12 12.59l2.12-2.12 1.41 1.41L13.41 14l2.12 2.12-1.41 1.41L12 15.41l-2.12 2.12-1.41-1.41L10.59 14zM15.5 4l-1-1h-5l-1 1H5v2h14V4z',
} as const;

function Icon({ path }: { path: string }): ReactNode {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

export interface LightIconButtonProps {
  /** The accessible name, also the native tooltip unless `title` says otherwise. */
  label: string;
  title?: string;
  icon: keyof typeof iconPaths;
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
      <Icon path={iconPaths[props.icon]} />
    </button>
  );
}
