/**
 * Ingestion: validate each report, extract its mentions, store the valid ones in one
 * transaction. Re-ingesting an id replaces that report's mentions; nothing is duplicated.
 */
import { reportConceptAssertions } from '../extraction/core';
import type { Mention } from '../extraction/core/extraction.types';
import type { Extractor } from '../extraction/extractor';
import { overlapped } from '../shared/overlap';
import { ItemError, partitionReportInputs, ReportInputData } from './report-input';
import type { StoredMention, StoredReport } from './report.record';
import type { ReportRepository } from './report.repository';

export interface IngestOutcome {
  created: number;
  updated: number;
  failed: number;
  errors: ItemError[];
}

function storedMention(mention: Mention): StoredMention {
  const { start, end, text, conceptId, category, assertion, section, source, confidence, modifiers, normal } = mention;
  return { start, end, text, conceptId, category, assertion, section, source, confidence, modifiers, ...(normal ? { normal } : {}) };
}

function toStoredReport(input: ReportInputData, mentions: Mention[], sections: StoredReport['sections']): StoredReport {
  return {
    id: input.id,
    text: input.text,
    patientId: input.patientId ?? null,
    studyId: input.studyId ?? null,
    studyDate: input.studyDate ?? null,
    modality: input.modality ?? null,
    sections,
    mentions: mentions.map(storedMention),
    concepts: reportConceptAssertions(mentions).map((c) => ({
      conceptId: c.conceptId,
      assertion: c.assertion,
      count: c.mentionCount,
      normal: c.normal,
    })),
  };
}

/** A validated, extracted batch, ready to be stored. */
export interface PreparedBatch {
  reports: StoredReport[];
  errors: ItemError[];
}

/**
 * Batch writes in flight at once in a bulk run (default). One transaction runs on one Neo4j
 * thread; a second lets the server use another core: +12 % at 200 k on the quiet 2-core
 * machine, but slower when other jobs hold the cores (BENCHMARKS.md; `--writers 1`).
 */
export const WRITES_IN_FLIGHT = 2;

/** Two batches with a report id in common: the later one must commit after the earlier. */
const shareAnId = (a: PreparedBatch, b: PreparedBatch): boolean => {
  const ids = new Set(a.reports.map((report) => report.id));
  return b.reports.some((report) => ids.has(report.id));
};

/** Called after reports are stored, e.g. to keep an in-process similarity index current. */
export type IngestListener = (reports: StoredReport[]) => void | Promise<void>;

export class IngestService {
  private readonly listeners: IngestListener[] = [];

  constructor(
    private readonly extractor: Extractor,
    private readonly repository: ReportRepository,
  ) {}

  onStored(listener: IngestListener): void {
    this.listeners.push(listener);
  }

  /** Extracts and prepares reports without storing them. */
  async prepare(inputs: ReportInputData[]): Promise<StoredReport[]> {
    const extractions = await this.extractor.extractBatch(
      inputs.map((input) => input.text),
      { withSections: true },
    );
    return inputs.map((input, i) => toStoredReport(input, extractions[i].mentions, extractions[i].sections));
  }

  /** Validates and extracts a batch; stores nothing. */
  async prepareBatch(inputs: ReportInputData[]): Promise<PreparedBatch> {
    const { valid, errors } = partitionReportInputs(inputs);
    return { reports: await this.prepare(valid), errors };
  }

  /** Stores a prepared batch in one transaction, then tells the listeners. */
  async store(batch: PreparedBatch): Promise<IngestOutcome> {
    const { created, updated } = await this.repository.upsert(batch.reports);
    for (const listener of this.listeners) await listener(batch.reports);
    return { created: created.length, updated: updated.length, failed: batch.errors.length, errors: batch.errors };
  }

  /** One batch, one transaction; its reports are searchable by text when this returns. */
  async ingest(inputs: ReportInputData[]): Promise<IngestOutcome> {
    const outcome = await this.store(await this.prepareBatch(inputs));
    if (outcome.created + outcome.updated > 0) await this.repository.awaitTextIndex();
    return outcome;
  }

  /**
   * Many batches, each one transaction: batch n+1 is extracted while earlier batches are
   * written (extraction is the API process's CPU, the writes mostly Neo4j's), with up to
   * `writesInFlight` writes at once (batches sharing a report id never: the later one waits,
   * so the file's last version of a report wins, as in a serial run). `stored` sees each
   * outcome once its batch committed; with several writes in flight, batches can commit out
   * of order. The first failure stops the run: nothing more is started, the writes in flight
   * finish (their batches are committed and passed to `stored`, or not written at all) and
   * the earliest failure is thrown. The stored reports are searchable by text when this
   * returns (during the run, within the full-text index's queue: not waited for per batch).
   */
  async ingestBatches<B>(
    batches: AsyncIterable<B> | Iterable<B>,
    inputsOf: (batch: B) => ReportInputData[],
    stored: (outcome: IngestOutcome, batch: B) => void,
    writesInFlight: number = WRITES_IN_FLIGHT,
  ): Promise<void> {
    await overlapped(
      batches,
      (batch) => this.prepareBatch(inputsOf(batch)),
      async (prepared, batch) => stored(await this.store(prepared), batch),
      { inFlight: writesInFlight, conflicts: shareAnId },
    );
    await this.repository.awaitTextIndex();
  }
}
