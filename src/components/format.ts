// Small display helpers that do not depend on the language (numbers, dates and sizes: src/i18n/format.ts).

export function shortUuid(uuid: string): string {
  return uuid.slice(0, 8);
}

/** A value or the dash ZStack's omitted fields show as. */
export function show(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null || value === '') return '—';
  return String(value);
}
