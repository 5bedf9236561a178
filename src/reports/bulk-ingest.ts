/**
 * Bulk ingestion from a file: streamed, in batches (one transaction each), bad rows
 * reported with their line numbers while the rest go in, resumable after a failure.
 */
import { statSync } from 'node:fs';
import { createProgress } from '../shared/progress';
import { IngestCheckpoint } from './ingest-checkpoint';
import type { IngestService } from './ingest.service';
import { readReports, SourceColumns } from './ingest-source';
import type { ReportInputData } from './report-input';

export interface BulkIngestOptions {
  batchSize?: number;
  /** Ignore a checkpoint left by an earlier, interrupted run. */
  restart?: boolean;
  quiet?: boolean;
}

export interface BulkIngestResult {
  records: number;
  resumedFrom: number;
  created: number;
  updated: number;
  badCount: number;
  bad: { line: number; message: string }[];
}

const SHOWN = 20;

export async function bulkIngest(
  path: string,
  columns: SourceColumns,
  ingest: IngestService,
  options: BulkIngestOptions = {},
): Promise<BulkIngestResult> {
  const batchSize = options.batchSize ?? 500;
  const checkpoint = new IngestCheckpoint(path);
  const resumedFrom = options.restart ? 0 : checkpoint.resumeFrom();
  const result: BulkIngestResult = { records: 0, resumedFrom, created: 0, updated: 0, badCount: 0, bad: [] };
  const reject = (line: number, message: string): void => {
    result.badCount += 1;
    if (result.bad.length < SHOWN) result.bad.push({ line, message });
  };
  const progress = options.quiet ? null : createProgress('Ingesting', statSync(path).size, 'reports');
  let batch: { line: number; report: ReportInputData }[] = [];
  let seen = 0;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const outcome = await ingest.ingest(batch.map((item) => item.report));
    result.created += outcome.created;
    result.updated += outcome.updated;
    for (const error of outcome.errors) reject(batch[error.index].line, error.message);
    checkpoint.save(seen);
    batch = [];
  };

  for await (const record of readReports(path, columns)) {
    seen += 1;
    if (seen <= resumedFrom) continue;
    result.records += 1;
    if ('error' in record) reject(record.line, record.error);
    else batch.push(record);
    if (batch.length >= batchSize) await flush();
    progress?.update(record.line, result.created + result.updated);
  }
  await flush();
  checkpoint.save(seen);
  checkpoint.clear();
  progress?.finish(`${(result.created + result.updated).toLocaleString('en-US')} reports stored`);
  return result;
}
