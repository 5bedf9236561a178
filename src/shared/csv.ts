/**
 * CSV lines. Quoting and escaping (RFC 4180: a cell with a comma, quote, CR or LF is quoted,
 * quotes doubled) are csv-stringify's; the spreadsheet-safety rule below is ours. Pure.
 */
import { stringify } from 'csv-stringify/sync';

/** One record without its line ending; callers choose the ending and stream line by line. */
export function csvLine(cells: readonly string[]): string {
  return stringify([cells as string[]], { eof: false });
}

/*
 * OWASP CSV injection: a cell that starts with = + - @ or a tab/CR would run as a formula,
 * so it gets a leading apostrophe — except plain numbers (CheXpert's -1). Control
 * characters (a NUL makes the file binary) are written as visible \xNN escapes. For exports
 * of stored, caller-chosen values such as report ids. csv-stringify's `escape_formulas`
 * is not used: it would prefix -1 and lets control characters through.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;
// C0 and C1 controls, DEL; tab/CR/LF included: an id is one line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export function spreadsheetSafeCell(cell: string): string {
  const visible = cell.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${visible}` : visible;
}

export function safeCsvLine(cells: readonly string[]): string {
  return csvLine(cells.map(spreadsheetSafeCell));
}
