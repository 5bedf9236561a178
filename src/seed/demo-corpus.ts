/**
 * The bundled demo corpus (seed/corpus/reports.jsonl), when present: its reports are
 * ingested in batches of 500 through IngestService (extraction included) and their gold
 * spans stored through the span import path. Lines:
 * { id, text, metadata, labels, goldLabelNames, spans: [{ start, end, label, conceptId, assertion }] }.
 * A line whose spans do not fit its text or the label set keeps its report, not its spans.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppServices } from '../api/context';
import { PROJECT_ROOT } from '../config';
import type { ReportInputData } from '../reports/report-input';
import { ReportRepository } from '../reports/report.repository';
import { validateSpans } from '../reports/spans';

export const DEMO_CORPUS_FILE = join(PROJECT_ROOT, 'seed', 'corpus', 'reports.jsonl');
const BATCH = 500;

interface CorpusLine {
  id: string;
  text: string;
  metadata?: Record<string, unknown>;
  spans?: { start: number; end: number; label: string }[];
}

export interface CorpusSeedResult {
  reports: number;
  spans: number;
  /** lines whose spans were refused (their reports are still ingested) */
  rejectedSpanLines: number;
}

const meta = (m: Record<string, unknown> | undefined, key: string): string | null => (typeof m?.[key] === 'string' ? (m[key]) : null);

export function readCorpus(file: string): CorpusLine[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as CorpusLine);
}

export async function seedDemoCorpus(services: AppServices, log: (line: string) => void, file = DEMO_CORPUS_FILE): Promise<CorpusSeedResult> {
  if (!existsSync(file)) {
    log(`No demo corpus at ${file}; skipping reports, spans and the default tagger.`);
    return { reports: 0, spans: 0, rejectedSpanLines: 0 };
  }
  const lines = readCorpus(file);
  const repository = new ReportRepository(services.executor);
  const result: CorpusSeedResult = { reports: 0, spans: 0, rejectedSpanLines: 0 };
  for (let at = 0; at < lines.length; at += BATCH) {
    const batch = lines.slice(at, at + BATCH);
    const inputs: ReportInputData[] = batch.map((l) => ({
      id: l.id, text: l.text,
      patientId: meta(l.metadata, 'patientId'), studyId: meta(l.metadata, 'studyId'),
      studyDate: meta(l.metadata, 'studyDate'), modality: meta(l.metadata, 'modality'),
    }));
    const outcome = await services.ingest.ingest(inputs);
    result.reports += outcome.created + outcome.updated;
    const items = batch.flatMap((l) => {
      const spans = (l.spans ?? []).map(({ start, end, label }) => ({ start, end, label }));
      if (validateSpans(l.text, spans, services.spanLabels).length > 0) {
        result.rejectedSpanLines++;
        return [];
      }
      result.spans += spans.length;
      return [{ reportId: l.id, spans }];
    });
    await repository.importSpans([], items);
    log(`Demo corpus: ${Math.min(at + BATCH, lines.length)}/${lines.length} reports ingested.`);
  }
  log(`Demo corpus loaded: ${result.reports} reports, ${result.spans} gold spans${result.rejectedSpanLines > 0 ? `, ${result.rejectedSpanLines} line(s) with invalid spans skipped` : ''}.`);
  return result;
}
