/** File encodings of generated reports: JSONL (everything but the pattern counts) and RFC 4180 CSV. */
import { csvLine } from '../shared/csv';
import type { GeneratedReport } from './corpus.types';

export type CorpusFormat = 'jsonl' | 'csv';

export const CSV_HEADER = 'id,findings,impression,labels';
/** RFC 4180 ends records with CRLF; fields with commas, quotes or line breaks are quoted. */
export const CSV_EOL = '\r\n';

export function toJsonLine(report: GeneratedReport): string {
  const { id, text, findings, impression, sections, metadata, labels, goldLabelNames, goldLabelsBySet, spans } = report;
  return JSON.stringify({
    id, text, findings, impression, metadata, labels, goldLabelNames, goldLabelsBySet,
    spans: spans.map(({ start, end, label, conceptId, assertion, text: t }) => ({ start, end, label, conceptId, assertion, text: t })),
    sections,
  });
}

export function toCsvRow(report: GeneratedReport): string {
  return csvLine([report.id, report.findings, report.impression, report.goldLabelNames.join(';')]);
}

export function fileHeader(format: CorpusFormat): string | null {
  return format === 'csv' ? CSV_HEADER + CSV_EOL : null;
}

export function encode(report: GeneratedReport, format: CorpusFormat): string {
  return format === 'csv' ? toCsvRow(report) + CSV_EOL : toJsonLine(report) + '\n';
}
