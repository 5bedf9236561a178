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

/** Sorted by id (and concepts too), so concurrent writers take their locks in one order. */
function upsertParams(reports: StoredReport[]): { reports: Record<string, unknown>[] } {
  return {
    reports: [...reports].sort(byId((r) => r.id)).map((report) => ({
      id: report.id,
      text: report.text,
      patientId: report.patientId ?? null,
      studyId: report.studyId ?? null,
      studyDate: report.studyDate ?? null,
      modality: report.modality ?? null,
      sections: JSON.stringify(report.sections),
      mentions: JSON.stringify(report.mentions),
      concepts: [...report.concepts].sort(byId((c) => c.conceptId)),
    })),
  };
}

export class ReportRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** All reports of the batch are written in one transaction, or none is. */
  async upsert(reports: StoredReport[]): Promise<UpsertResult> {
    if (reports.length === 0) return { created: [], updated: [] };
    const rows = await this.runner.write<{ id: string; created: boolean }>('report-upsert', upsertParams(reports));
    const created = new Set(rows.filter((row) => row.created).map((row) => row.id));
    return {
      created: reports.filter((report) => created.has(report.id)).map((report) => report.id),
      updated: reports.filter((report) => !created.has(report.id)).map((report) => report.id),
    };
  }

  /** New reports and the gold spans of many reports, in one transaction. */
  async importSpans(newReports: StoredReport[], items: { reportId: string; spans: GoldSpan[] }[]): Promise<void> {
    await this.runner.writeAll([
      { name: 'report-upsert', params: upsertParams(newReports) },
      { name: 'report-spans-import', params: { items: items.map((item) => ({ ...item, spans: JSON.stringify(item.spans) })) } },
    ]);
  }
}
