/**
 * CSV cells safe to open in a spreadsheet (OWASP CSV injection): a cell that starts with
 * = + - @ or a tab/CR would run as a formula, so it gets a leading apostrophe — except plain
 * numbers (CheXpert's -1). Control characters (a NUL makes the file binary) are written as
 * visible \xNN escapes. For exports of stored, caller-chosen values such as report ids. Pure.
 */
import { formatCsvLine } from './chexpert';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;
// C0 and C1 controls, DEL; tab/CR/LF included: an id is one line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export function spreadsheetSafeCell(cell: string): string {
  const visible = cell.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${visible}` : visible;
}

export function formatSafeCsvLine(cells: readonly string[]): string {
  return formatCsvLine(cells.map(spreadsheetSafeCell));
}
