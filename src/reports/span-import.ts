/**
 * `importSpans`: JSONL lines `{ reportId, text?, spans: [{start, end, label}] }` validated as
 * a whole; any bad line and nothing is stored. A line with `text` creates its report when
 * it does not exist yet (and must match the stored text when it does).
 */
import { BadInputError } from '../shared/core/errors';
import type { IngestService } from './ingest.service';
import { normaliseReportId } from './report-id';
import type { GoldSpan } from './report.record';
import type { ReportRepository } from './report.repository';
import type { ReportService } from './report.service';
import { validateSpans } from './spans';

export const MAX_IMPORT_LINES = 10_000;

interface ImportLine {
  line: number;
  reportId: string;
  text?: string;
  spans: GoldSpan[];
}

function parseLine(raw: string, line: number): ImportLine | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return `line ${line}: not valid JSON`;
  }
  const item = value as { reportId?: unknown; text?: unknown; spans?: unknown };
  if (typeof item !== 'object' || item === null) return `line ${line}: expected an object`;
  const reportId = normaliseReportId(item.reportId, 'reportId');
  if ('problem' in reportId) return `line ${line}: ${reportId.problem}`;
  if (item.text !== undefined && typeof item.text !== 'string') return `line ${line}: text must be a string`;
  if (!Array.isArray(item.spans)) return `line ${line}: spans must be an array`;
  const spans = (item.spans as Record<string, unknown>[]).map((s) => ({ start: s?.start, end: s?.end, label: s?.label })) as GoldSpan[];
  return { line, reportId: reportId.id, text: item.text, spans };
}

export async function importSpans(
  jsonl: string,
  labels: readonly string[],
  deps: { reports: ReportService; repository: ReportRepository; ingest: IngestService },
): Promise<{ reports: number; spans: number; createdReports: number }> {
  const raw = jsonl
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  if (raw.length > MAX_IMPORT_LINES) {
    throw new BadInputError('jsonl', `jsonl has ${raw.length} lines; at most ${MAX_IMPORT_LINES} per call`);
  }
  const problems: string[] = [];
  const lines: ImportLine[] = [];
  const seen = new Set<string>();
  for (const { text, line } of raw) {
    const parsed = parseLine(text, line);
    if (typeof parsed === 'string') problems.push(parsed);
    else if (seen.has(parsed.reportId)) problems.push(`line ${line}: reportId "${parsed.reportId}" appears twice`);
    else {
      seen.add(parsed.reportId);
      lines.push(parsed);
    }
  }
  const stored = await deps.reports.byId.loadMany(lines.map((l) => l.reportId));
  const toCreate: { id: string; text: string }[] = [];
  lines.forEach((item, i) => {
    const report = stored[i] instanceof Error ? null : stored[i];
    const text = report?.text ?? item.text;
    if (text === undefined)
      return void problems.push(`line ${item.line}: report "${item.reportId}" does not exist and the line has no text`);
    if (report && item.text !== undefined && item.text !== report.text) {
      return void problems.push(`line ${item.line}: text differs from the stored text of report "${item.reportId}"`);
    }
    if (!report) toCreate.push({ id: item.reportId, text });
    for (const problem of validateSpans(text, item.spans, labels)) problems.push(`line ${item.line}: ${problem}`);
  });
  if (raw.length === 0) problems.push('jsonl holds no lines');
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n');
    throw new BadInputError('jsonl', `importSpans stored nothing: ${problems.length} problem(s)\n${shown}`, {
      problems: problems.slice(0, 20),
    });
  }
  const newReports = await deps.ingest.prepare(toCreate);
  await deps.repository.importSpans(
    newReports,
    lines.map(({ reportId, spans }) => ({ reportId, spans })),
  );
  return { reports: lines.length, spans: lines.reduce((n, l) => n + l.spans.length, 0), createdReports: newReports.length };
}
