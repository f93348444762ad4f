// Styles that list rows repeat many times, as plain class names with one global style sheet (installed by the
// theme, see app/theme.ts) instead of an `sx` prop on every element: each `sx` is resolved and hashed on every
// render, and a page of rows has hundreds of them (the first page of 20 VMs rendered about twice as slowly).
import type { Theme } from '@mui/material/styles';
import { visuallyHidden } from './visually-hidden.ts';

export const cls = {
  /** A second, smaller line in a cell: a date under a relative time, an IP under a name. */
  secondary: 'rb-secondary',
  /** Read by screen readers, not shown. */
  srOnly: 'rb-sr-only',
  /** A resource's name as a link. */
  nameLink: 'rb-name-link',
  /** The short UUID and copy button under a name. */
  uuidLine: 'rb-uuid-line',
  mono: 'rb-mono',
  /** A native checkbox in the theme's colour. */
  checkbox: 'rb-checkbox',
  /** Table cells: the checkbox column, the name column, the actions column. */
  checkCell: 'rb-check-cell',
  nameCell: 'rb-name-cell',
  actionsCell: 'rb-actions-cell',
  /** LightIconButton, and its error colour. */
  iconButton: 'rb-icon-button',
  iconButtonError: 'rb-icon-button-error',
} as const;

export function classStyles(theme: Theme) {
  return {
    [`.${cls.secondary}`]: { display: 'block', color: theme.palette.text.secondary, fontSize: 12 },
    [`.${cls.srOnly}`]: visuallyHidden,
    [`.${cls.nameLink}`]: {
      overflowWrap: 'anywhere',
      fontWeight: 500,
      color: theme.palette.primary.main,
      textDecorationColor: 'currentColor',
      textUnderlineOffset: 2,
    },
    [`.${cls.uuidLine}`]: {
      display: 'flex',
      alignItems: 'center',
      color: theme.palette.text.secondary,
      fontSize: 12,
    },
    [`.${cls.mono}`]: { fontFamily: 'monospace' },
    [`.${cls.checkbox}`]: {
      width: 18,
      height: 18,
      margin: 0,
      accentColor: theme.palette.primary.main,
      cursor: 'pointer',
    },
    // td.x outranks MUI's own single-class cell styles, which are inserted after this sheet.
    [`td.${cls.checkCell}, th.${cls.checkCell}`]: { paddingLeft: theme.spacing(2) },
    [`td.${cls.nameCell}`]: { maxWidth: 320 },
    [`td.${cls.actionsCell}`]: { whiteSpace: 'nowrap' },
    // Like MUI's small IconButton: round, 5px around a 1.25rem icon, a hover tint and a visible keyboard focus.
    [`.${cls.iconButton}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      verticalAlign: 'middle',
      padding: 5,
      margin: 0,
      border: 0,
      borderRadius: '50%',
      background: 'transparent',
      color: theme.palette.action.active,
      fontSize: '1.25rem',
      cursor: 'pointer',
      '& svg': { width: '1em', height: '1em', fill: 'currentColor' },
      '&:hover': { backgroundColor: theme.palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
    },
    [`.${cls.iconButtonError}`]: { color: theme.palette.error.main },
  } as const;
}
