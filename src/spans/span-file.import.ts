/** Imports a span file (PubTator or JSONL) under a scheme, through importSpans' checks. */
import type { AppServices } from '../api/context';
import type { CypherRunner } from '../db/executor';
import { ReportRepository } from '../reports/report.repository';
import { ReportService } from '../reports/report.service';
import { importSpans, MAX_IMPORT_LINES } from '../reports/span-import';
import { jsonlImport, pubtatorImport } from './core/span-file';
import type { SpanScheme } from './core/span-scheme';
import { SpanSchemeRepository } from './span-scheme.repository';

export interface SpanFileResult {
  readonly scheme: SpanScheme;
  readonly newScheme: boolean;
  readonly reports: number;
  readonly spans: number;
  readonly createdReports: number;
}

export async function importSpanFile(
  runner: CypherRunner,
  services: Pick<AppServices, 'ingest'>,
  format: 'pubtator' | 'jsonl',
  content: string,
  schemeName?: string,
): Promise<SpanFileResult> {
  const schemes = new SpanSchemeRepository(runner);
  const known = await schemes.all();
  const plan = format === 'pubtator' ? pubtatorImport(content, known, schemeName) : jsonlImport(content, known, schemeName);
  const deps = { reports: new ReportService(runner), repository: new ReportRepository(runner), ingest: services.ingest };
  let reports = 0;
  let spans = 0;
  let createdReports = 0;
  for (let at = 0; at < plan.jsonl.length; at += MAX_IMPORT_LINES) {
    const result = await importSpans(plan.jsonl.slice(at, at + MAX_IMPORT_LINES).join('\n'), plan.scheme.labels, deps);
    reports += result.reports;
    spans += result.spans;
    createdReports += result.createdReports;
  }
  if (plan.isNew) await schemes.save(plan.scheme);
  return { scheme: plan.scheme, newScheme: plan.isNew, reports, spans, createdReports };
}
