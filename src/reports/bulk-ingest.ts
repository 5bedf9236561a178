/**
 * Bulk ingestion from a file: streamed, in batches (one transaction each), bad rows
 * reported with their line numbers while the rest go in, resumable after a failure.
 */
import { statSync } from 'node:fs';
import { createProgress } from '../shared/progress';
import { IngestCheckpoint } from './ingest-checkpoint';
import type { IngestOutcome, IngestService } from './ingest.service';
import { readReports, SourceColumns } from './ingest-source';
import type { ReportInputData } from './report-input';

export interface BulkIngestOptions {
  batchSize?: number;
  /** Batch transactions in flight at once (default WRITES_IN_FLIGHT). */
  writesInFlight?: number;
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

interface Batch {
  /** Position in the run: 0, 1, 2, … */
  index: number;
  items: { line: number; report: ReportInputData }[];
  /** Records of the file up to this batch's last one. */
  seen: number;
}

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

  // Batches as they are read; a batch carries how far into the file it reaches, which the
  // checkpoint records once the batch is committed.
  let seen = 0;
  let index = 0;
  async function* batches(): AsyncGenerator<Batch> {
    let items: Batch['items'] = [];
    for await (const record of readReports(path, columns)) {
      seen += 1;
      if (seen <= resumedFrom) continue;
      result.records += 1;
      if ('error' in record) reject(record.line, record.error);
      else items.push(record);
      progress?.update(record.bytes, result.created + result.updated);
      if (items.length >= batchSize) {
        yield { index: index++, items, seen };
        items = [];
      }
    }
    if (items.length > 0) yield { index: index++, items, seen };
  }

  // Batches written side by side can commit out of order: their outcomes are taken in file
  // order (bad rows reported in line order), and the checkpoint only moves over batches
  // committed in file order, so a run stopped by a failure resumes at the first batch not
  // committed and re-writes (idempotently) any later one that was.
  const committed = new Map<number, { outcome: IngestOutcome; batch: Batch }>();
  let next = 0;
  const take = ({ outcome, batch }: { outcome: IngestOutcome; batch: Batch }): void => {
    result.created += outcome.created;
    result.updated += outcome.updated;
    for (const error of outcome.errors) reject(batch.items[error.index].line, error.message);
    checkpoint.save(batch.seen);
  };
  await ingest.ingestBatches(
    batches(),
    (batch) => batch.items.map((item) => item.report),
    (outcome, batch) => {
      committed.set(batch.index, { outcome, batch });
      for (let done = committed.get(next); done !== undefined; done = committed.get(next)) {
        take(done);
        committed.delete(next);
        next += 1;
      }
    },
    options.writesInFlight,
  );
  checkpoint.save(seen);
  checkpoint.clear();
  progress?.finish(`${(result.created + result.updated).toLocaleString('en-US')} reports stored`);
  return result;
}
