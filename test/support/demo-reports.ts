/** The first n demo reports of seed/corpus/reports.jsonl, as ingest inputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { ReportInputData } from '../../src/reports/report-input';

export function demoReports(n: number): ReportInputData[] {
  const lines = readFileSync(join(PROJECT_ROOT, 'seed', 'corpus', 'reports.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, n);
  return lines.map((line) => {
    const row = JSON.parse(line) as { id: string; text: string; metadata?: { studyDate?: string; modality?: string } };
    return { id: row.id, text: row.text, studyDate: row.metadata?.studyDate, modality: row.metadata?.modality };
  });
}
