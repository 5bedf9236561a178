/**
 * Ingestion: validate each report, extract its mentions, store the valid ones in one
 * transaction. Re-ingesting an id replaces that report's mentions; nothing is duplicated.
 */
import { reportConceptAssertions } from '../extraction';
import type { Mention } from '../extraction/types';
import type { Extractor } from './extractor';
import { ItemError, partitionReportInputs, ReportInputData } from './report-input';
import type { StoredMention, StoredReport } from './report.record';
import type { ReportRepository } from './report.repository';

export interface IngestOutcome {
  created: number;
  updated: number;
  failed: number;
  errors: ItemError[];
}

export function storedMention(mention: Mention): StoredMention {
  const { start, end, text, conceptId, category, assertion, section, source, confidence, modifiers } = mention;
  return { start, end, text, conceptId, category, assertion, section, source, confidence, modifiers };
}

export function toStoredReport(input: ReportInputData, mentions: Mention[], sections: StoredReport['sections']): StoredReport {
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
    })),
  };
}

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
    const extractions = await this.extractor.extractBatch(inputs.map((input) => input.text), { withSections: true });
    return inputs.map((input, i) => toStoredReport(input, extractions[i].mentions, extractions[i].sections));
  }

  async ingest(inputs: ReportInputData[]): Promise<IngestOutcome> {
    const { valid, errors } = partitionReportInputs(inputs);
    return this.store(await this.prepare(valid), errors);
  }

  /**
   * Bulk ingestion with one write in flight: batch n + 1 is extracted (CPU, here) while
   * batch n is written (Neo4j), so the two overlap. Batches are stored and reported in
   * order; a failed write ends the stream with its error, later batches unwritten.
   */
  async ingestStream<B extends { reports: ReportInputData[] }>(
    batches: AsyncIterable<B>,
    onStored: (outcome: IngestOutcome, batch: B) => void | Promise<void>,
  ): Promise<void> {
    let writing: Promise<void> | null = null;
    for await (const batch of batches) {
      const { valid, errors } = partitionReportInputs(batch.reports);
      const reports = await this.prepare(valid);
      await writing;
      writing = this.store(reports, errors).then((outcome) => onStored(outcome, batch));
      // Awaited on the next turn; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
  }

  private async store(reports: StoredReport[], errors: ItemError[]): Promise<IngestOutcome> {
    const { created, updated } = await this.repository.upsert(reports);
    for (const listener of this.listeners) await listener(reports);
    return { created: created.length, updated: updated.length, failed: errors.length, errors };
  }
}
