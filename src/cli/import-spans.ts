/** `npm run import:spans -- --pubtator FILE | --jsonl FILE [--scheme NAME]` */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAppServices } from '../api/services';
import { MAX_IMPORT_LINES } from '../reports/span-import';
import { importSpanFile } from '../spans/span-file.import';
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
  const format = values.pubtator !== undefined ? 'pubtator' : 'jsonl';
  const content = readFileSync((values.pubtator ?? values.jsonl)!, 'utf8');
  const r = await importSpanFile(db.executor, createAppServices(db.executor), format, content, values.scheme);
  console.log(
    `Imported ${r.spans} spans on ${r.reports} reports (${r.createdReports} new) with scheme "${r.scheme.name}" (labels ${r.scheme.labels.join(', ')})${r.newScheme ? ', stored as a new scheme' : ''}.`,
  );
  console.log(`Train on it: mutation { trainTagger(input: { name: "…", labelSet: ${JSON.stringify(r.scheme.labels)} }) { id } }`);
});
