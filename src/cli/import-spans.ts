/** `npm run import:spans -- --pubtator FILE | --jsonl FILE [--scheme NAME]` */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAppServices } from '../api/services';
import { ReportRepository } from '../reports/report.repository';
import { ReportService } from '../reports/report.service';
import { importSpans, MAX_IMPORT_LINES } from '../reports/span-import';
import { jsonlImport, pubtatorImport } from '../spans/span-file';
import { SpanSchemeRepository } from '../spans/span-scheme.repository';
import { runWithDatabase, UsageError } from './run-with-database';

const USAGE = `Usage: npm run import:spans -- (--pubtator <file> | --jsonl <file>) [--scheme <name>]
  --pubtator   PubTator documents (title|abstract lines, then mention lines); reports are created
  --jsonl      lines { reportId, text?, spans: [{ start, end, label }] } as for the importSpans mutation
  --scheme     a span label scheme (radgraph, ncbi-disease, ncbi-disease-classes, or one stored
               before); a new name stores a scheme of the labels the file uses
Every line goes through the checks of importSpans (offsets, labels, overlaps, text);
${MAX_IMPORT_LINES.toLocaleString('en')} lines per transaction, and a chunk with any problem stores nothing.`;

runWithDatabase(USAGE, async (db) => {
  const { values } = parseArgs({ options: { pubtator: { type: 'string' }, jsonl: { type: 'string' }, scheme: { type: 'string' } } });
  if ((values.pubtator === undefined) === (values.jsonl === undefined)) throw new UsageError('give exactly one of --pubtator and --jsonl');
  const schemes = new SpanSchemeRepository(db.executor);
  const known = await schemes.all();
  const file = (values.pubtator ?? values.jsonl)!;
  const content = readFileSync(file, 'utf8');
  const plan = values.pubtator !== undefined ? pubtatorImport(content, known, values.scheme) : jsonlImport(content, known, values.scheme);
  const services = createAppServices(db.executor);
  const deps = { reports: new ReportService(db.executor), repository: new ReportRepository(db.executor), ingest: services.ingest };
  let reports = 0;
  let spans = 0;
  let created = 0;
  for (let at = 0; at < plan.jsonl.length; at += MAX_IMPORT_LINES) {
    const result = await importSpans(plan.jsonl.slice(at, at + MAX_IMPORT_LINES).join('\n'), plan.scheme.labels, deps);
    reports += result.reports;
    spans += result.spans;
    created += result.createdReports;
  }
  if (plan.isNew) await schemes.save(plan.scheme);
  console.log(`Imported ${spans} spans on ${reports} reports (${created} new) with scheme "${plan.scheme.name}" (labels ${plan.scheme.labels.join(', ')})${plan.isNew ? ', stored as a new scheme' : ''}.`);
  console.log(`Train on it: mutation { trainTagger(input: { name: "…", labelSet: ${JSON.stringify(plan.scheme.labels)} }) { id } }`);
});
