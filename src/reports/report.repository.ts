/** Writes and reads stored reports; one transaction per batch of reports. */
import type { CypherRunner } from '../db/executor';
import type { GoldSpan, StoredReport } from './report.record';

export interface UpsertResult {
  created: string[];
  updated: string[];
}

const byId =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * The parameters of report-create and report-upsert. Sorted by id, so concurrent writers take
 * their locks in one order: the batch's distinct concepts (`conceptIds`, looked up once each
 * by the statement) and the reports. A report's concept edges, sorted by concept id, are
 * parallel lists (`conceptAt`: the concept's position in `conceptIds`, `assertions`,
 * `counts`, and `normalAt`: the edges whose concept is only named in a normal statement)
 * rather than a map per edge: the driver packs every value and map key at ~1 µs of CPU each,
 * and maps per edge were two thirds of a batch's packing (BENCHMARKS.md).
 */
export function upsertParams(reports: StoredReport[]): { conceptIds: string[]; reports: Record<string, unknown>[] } {
  const conceptIds = [...new Set(reports.flatMap((report) => report.concepts.map((c) => c.conceptId)))].sort();
  const at = new Map(conceptIds.map((id, i) => [id, i]));
  return {
    conceptIds,
    reports: [...reports].sort(byId((r) => r.id)).map((report) => {
      const concepts = [...report.concepts].sort(byId((c) => c.conceptId));
      return {
        id: report.id,
        text: report.text,
        patientId: report.patientId ?? null,
        studyId: report.studyId ?? null,
        studyDate: report.studyDate ?? null,
        modality: report.modality ?? null,
        sections: JSON.stringify(report.sections),
        mentions: JSON.stringify(report.mentions),
        conceptAt: concepts.map((c) => at.get(c.conceptId)),
        assertions: concepts.map((c) => c.assertion),
        counts: concepts.map((c) => c.count),
        normalAt: concepts.flatMap((c, k) => (c.normal ? [k] : [])),
      };
    }),
  };
}

const split = (reports: StoredReport[], created: Set<string>): UpsertResult => ({
  created: reports.filter((report) => created.has(report.id)).map((report) => report.id),
  updated: reports.filter((report) => !created.has(report.id)).map((report) => report.id),
});

/** The id constraint refused a CREATE: another writer stored one of the ids meanwhile. */
const isConstraintViolation = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export class ReportRepository {
  constructor(private readonly runner: CypherRunner) {}

  /**
   * All reports of the batch are written in one transaction, or none is. New reports take a
   * plain CREATE (report-create), stored ones are replaced with report-upsert; if another
   * writer created one of the ids meanwhile, the batch is written again with report-upsert
   * alone, which decides `created` under its locks.
   */
  async upsert(reports: StoredReport[]): Promise<UpsertResult> {
    if (reports.length === 0) return { created: [], updated: [] };
    const params = upsertParams(reports);
    try {
      return await this.runner.writeTx(async (run) => {
        const rows = await run<{ id: string; stored: boolean }>('report-create', params);
        const stored = new Set(rows.filter((row) => row.stored).map((row) => row.id));
        if (stored.size > 0) await run('report-upsert', { ...params, reports: params.reports.filter((p) => stored.has(p.id as string)) });
        return split(reports, new Set(rows.filter((row) => !row.stored).map((row) => row.id)));
      });
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      const rows = await this.runner.write<{ id: string; created: boolean }>('report-upsert', params);
      return split(reports, new Set(rows.filter((row) => row.created).map((row) => row.id)));
    }
  }

  /** New reports and the gold spans of many reports, in one transaction. */
  async importSpans(newReports: StoredReport[], items: { reportId: string; spans: GoldSpan[] }[]): Promise<void> {
    await this.runner.writeAll([
      { name: 'report-upsert', params: upsertParams(newReports) },
      { name: 'report-spans-import', params: { items: items.map((item) => ({ ...item, spans: JSON.stringify(item.spans) })) } },
    ]);
    if (newReports.length > 0) await this.awaitTextIndex();
  }

  /** Returns once every committed report is in the (eventually consistent) full-text index. */
  async awaitTextIndex(): Promise<void> {
    await this.runner.read('report-text-index-refresh');
  }
}
