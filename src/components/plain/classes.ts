// Class names of the shared style sheet (components/plain/styles.css) that rows repeat many times: plain class names
// instead of a style computed for every element (a page of rows has hundreds of them).
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
} as const;
