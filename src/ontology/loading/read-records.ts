/**
 * The read loop every loader shares: parse each line, count and report malformed ones with
 * their line numbers and go on, refuse a file that is plainly of the wrong kind, and flag
 * a file that ends mid-line.
 */
import { basename } from 'node:path';
import { createProgress } from '../../shared/progress';
import type { LoadReport } from './load-report';
import { InputFileError, openLines } from './line-source';

export type LineParse<T> = (text: string, lineNumber: number) => { record: T } | { error: string } | null;

/** This many leading lines all malformed means the file is not what the caller said it is. */
const SNIFF_LINES = 50;

export async function readRecords<T>(
  path: string,
  expected: string,
  parse: LineParse<T>,
  onRecord: (record: T) => Promise<void>,
  report: LoadReport,
  /** Writes what is still buffered; runs before a truncation is reported. */
  finish: () => Promise<void>,
): Promise<number> {
  const source = openLines(path);
  const file = basename(path);
  const progress = createProgress(`Loading ${file}`, source.sizeBytes, 'rows');
  let rows = 0;
  let goodLines = 0;
  let lastError: { line: number; reason: string } | null = null;
  for await (const line of source.lines()) {
    if (line.text.trim() === '') continue;
    const parsed = parse(line.text, line.number);
    if (parsed && 'error' in parsed) {
      lastError = { line: line.number, reason: parsed.error };
      if (goodLines === 0 && line.number >= SNIFF_LINES) {
        throw new InputFileError(`${path} does not look like ${expected}: line 1 to ${line.number} are all malformed (${parsed.error})`);
      }
      report.reject(file, line.number, parsed.error);
    } else {
      goodLines += 1;
      if (parsed) {
        await onRecord(parsed.record);
        rows += 1;
      }
    }
    progress.update(source.bytesRead(), rows);
  }
  if (goodLines === 0 && lastError) {
    throw new InputFileError(`${path} does not look like ${expected}: no valid line (line ${lastError.line}: ${lastError.reason})`);
  }
  await finish();
  progress.finish(`${rows.toLocaleString('en-US')} rows`);
  if (source.endedMidLine() && lastError) {
    throw new InputFileError(
      `${path} ends mid-line at line ${lastError.line} (truncated?). The complete lines before it were loaded; re-run with the complete file.`,
    );
  }
  return rows;
}
