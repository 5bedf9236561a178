/**
 * Writes generated reports as a JSONL file of the shape `npm run ingest -- --file` reads
 * ({id, text, patientId, …} per line), before a bench's clock starts. Written under a
 * temporary name and renamed, so an interrupted run leaves no truncated file to be reused.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import type { ReportInputData } from '../../src/reports/report-input';

const LINES_PER_WRITE = 1_000;

export function writeCorpusFile(path: string, reports: Iterable<ReportInputData>): void {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    let chunk: string[] = [];
    for (const report of reports) {
      chunk.push(JSON.stringify(report));
      if (chunk.length === LINES_PER_WRITE) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}
