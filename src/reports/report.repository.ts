/** Writes and reads stored reports; one transaction per batch of reports. */
import type { CypherRunner } from '../db/executor';
import type { GoldSpan, StoredReport } from './report.record';

export interface UpsertResult {
  created: string[];
  updated: string[];
}

/** The parameters of report-create and report-upsert. */
export function reportWriteParams(reports: StoredReport[]): { reports: Record<string, unknown>[] } {
  return {
    reports: reports.map((report) => ({
      id: report.id,
      text: report.text,
      patientId: report.patientId ?? null,
      studyId: report.studyId ?? null,
      studyDate: report.studyDate ?? null,
      modality: report.modality ?? null,
      sections: JSON.stringify(report.sections),
      mentions: JSON.stringify(report.mentions),
      concepts: report.concepts,
    })),
  };
}

export class ReportRepository {
  constructor(private readonly runner: CypherRunner) {}

  async existingIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.runner.read<{ id: string }>('report-existing-ids', { ids });
    return new Set(rows.map((row) => row.id));
  }

  /**
   * All reports of the batch are written in one transaction, or none is. New reports take
   * the lean CREATE; only stored ones pay for MERGE and replacing their edges.
   */
  async upsert(reports: StoredReport[]): Promise<UpsertResult> {
    if (reports.length === 0) return { created: [], updated: [] };
    const existing = await this.existingIds(reports.map((report) => report.id));
    const created = reports.filter((report) => !existing.has(report.id));
    const updated = reports.filter((report) => existing.has(report.id));
    await this.runner.writeAll([
      ...(created.length > 0 ? [{ name: 'report-create', params: reportWriteParams(created) }] : []),
      ...(updated.length > 0 ? [{ name: 'report-upsert', params: reportWriteParams(updated) }] : []),
    ]);
    return { created: created.map((report) => report.id), updated: updated.map((report) => report.id) };
  }

  /** New reports and the gold spans of many reports, in one transaction. */
  async importSpans(newReports: StoredReport[], items: { reportId: string; spans: GoldSpan[] }[]): Promise<void> {
    await this.runner.writeAll([
      { name: 'report-upsert', params: reportWriteParams(newReports) },
      { name: 'report-spans-import', params: { items: items.map((item) => ({ ...item, spans: JSON.stringify(item.spans) })) } },
    ]);
  }
}
