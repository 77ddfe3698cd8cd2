/*
 * Text that leaves Kurs as a spreadsheet (CSV, XLSX) must not run as a formula when someone
 * opens it: a cell that starts with =, +, -, @ (or a tab or carriage return, which some
 * programs skip before reading a formula) gets a leading apostrophe. Numbers stay numbers.
 */

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value safe to open in a spreadsheet program; for XLSX writers as well as CSV. */
export function safeCell(value: Cell): string | number | boolean | null {
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value ?? null;
}

/** One CSV line: cells made safe, quoted when they hold a comma, quote or line break. */
export function csvLine(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      const value = safeCell(cell);
      const text = value === null ? '' : String(value);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',');
}

/** A whole CSV file with a header row; CRLF line ends as RFC 4180 says. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
