/**
 * Streams reports from a CSV (quoted multi-line fields allowed) or JSONL file, one record
 * at a time with its line number and how far into the file it ends (bytes, for progress);
 * a bad row becomes an error record, never an exception.
 */
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ReportInputData } from './report-input';

export interface SourceColumns {
  id: string;
  text: string[];
  patient?: string;
  study?: string;
  date?: string;
  modality?: string;
}

export type SourceRecord = ({ report: ReportInputData } | { error: string }) & { line: number; bytes: number };

const SECTION_COLUMNS = new Set(['findings', 'impression', 'indication', 'history', 'comparison', 'technique']);

/** Joins the text columns; a column named like a section gets that header so sectioning works. */
export function composeText(row: Record<string, unknown>, columns: string[]): string {
  return columns
    .map((column) => {
      const value = typeof row[column] === 'string' ? row[column].trim() : '';
      if (!value) return '';
      return SECTION_COLUMNS.has(column.toLowerCase()) ? `${column.toUpperCase()}: ${value}` : value;
    })
    .filter(Boolean)
    .join('\n');
}

/** An id cell as text; anything but a string or a number is no id (and is refused as missing). */
const scalarText = (cell: unknown): string => (typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '');

function fromRow(row: Record<string, unknown>, columns: SourceColumns, line: number, bytes: number): SourceRecord {
  const missing = [columns.id, ...columns.text].filter((column) => !(column in row));
  if (missing.length > 0) return { line, bytes, error: `missing column(s): ${missing.join(', ')}` };
  const value = (column?: string): string | null => (column && typeof row[column] === 'string' && row[column] !== '' ? row[column] : null);
  return {
    line,
    bytes,
    report: {
      id: scalarText(row[columns.id]),
      text: composeText(row, columns.text),
      patientId: value(columns.patient),
      studyId: value(columns.study),
      studyDate: value(columns.date),
      modality: value(columns.modality),
    },
  };
}

async function* csvRecords(path: string, columns: SourceColumns): AsyncGenerator<SourceRecord> {
  const parser = createReadStream(path).pipe(
    parse({ columns: true, info: true, bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, unknown>;
      info: { lines: number; bytes: number };
    }>) {
      yield fromRow(record, columns, info.lines, info.bytes);
    }
  } catch (error) {
    // A malformed CSV (e.g. an unterminated quote) stops the parser: report where.
    const line = (error as { lines?: number }).lines ?? 0;
    const bytes = (error as { bytes?: number }).bytes ?? 0;
    yield { line, bytes, error: `CSV parse error: ${(error as Error).message.split('\n')[0]}` };
  }
}

async function* jsonlRecords(path: string, columns: SourceColumns): AsyncGenerator<SourceRecord> {
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const text of reader) {
    line += 1;
    // The line and its LF (a CRLF's CR is not seen: progress only).
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      yield { line, bytes, error: 'not valid JSON' };
      continue;
    }
    if (typeof row !== 'object' || row === null) yield { line, bytes, error: 'expected a JSON object' };
    else yield fromRow(row as Record<string, unknown>, columns, line, bytes);
  }
}

export function readReports(path: string, columns: SourceColumns): AsyncGenerator<SourceRecord> {
  return /\.jsonl?$/i.test(path) ? jsonlRecords(path, columns) : csvRecords(path, columns);
}
