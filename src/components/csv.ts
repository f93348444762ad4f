// CSV for tickets and spreadsheets, one writer for every export: RFC 4180 (comma, CRLF, quotes doubled), UTF-8
// with a byte-order mark so Excel reads Chinese names correctly, and formula-safe: a cell that a spreadsheet would
// run as a formula (it starts with = + - @, or a tab or carriage return that hides one) gets a leading apostrophe,
// as OWASP's CSV-injection advice says. Server text lands here unchecked, so this is where it is made inert.

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** Text a spreadsheet would run as a formula, made inert with a leading apostrophe; other text as it is. */
export const defused = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One cell as text: numbers as they are, missing values empty, risky text defused, quoted when needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // A number is data, never a formula: -5 stays -5.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = defused(String(value));
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: a header row, then the rows, each line ended by CRLF, with the BOM in front. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return BOM + line(header) + rows.map(line).join('');
}

/** The file as a download: the BOM is part of the text, so the bytes are UTF-8 with it. */
export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

/** Saves `text` as `fileName` through a temporary link; the object URL is released right after. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(csvBlob(text));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: release the URL on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name stamp from the user's clock: 20260607-1405. */
export function fileStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
}
