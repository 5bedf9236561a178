/** `npm run ingest -- --file reports.csv|reports.jsonl --id-col id --text-cols findings,impression` */
import { parseArgs } from 'node:util';
import { createAppServices } from '../api/services';
import { bulkIngest } from '../reports/bulk-ingest';
import { WRITES_IN_FLIGHT } from '../reports/ingest.service';
import { runWithDatabase, UsageError } from './run-with-database';

const USAGE = `Usage: npm run ingest -- --file <reports.csv | reports.jsonl> --id-col <column> --text-cols <col,col,...>
  [--patient-col c] [--study-col c] [--date-col c] [--modality-col c]
  [--batch 500]     reports per transaction (at most 5000; BENCHMARKS.md compares sizes)
  [--writers 2]     batch transactions in flight at once (1 to 4; more than 1 helps only
                    where Neo4j has a core to spare: BENCHMARKS.md)
  [--restart]       ignore the checkpoint of an interrupted run (default: resume after it)
Text columns named findings, impression, indication, history, comparison or technique are
joined under that section header.`;

runWithDatabase(USAGE, async (db) => {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      'id-col': { type: 'string', default: 'id' },
      'text-cols': { type: 'string' },
      'patient-col': { type: 'string' },
      'study-col': { type: 'string' },
      'date-col': { type: 'string' },
      'modality-col': { type: 'string' },
      batch: { type: 'string', default: '500' },
      writers: { type: 'string', default: String(WRITES_IN_FLIGHT) },
      restart: { type: 'boolean', default: false },
    },
  });
  if (!values.file) throw new UsageError('--file is required');
  const text = (values['text-cols'] ?? (/\.jsonl?$/i.test(values.file) ? 'text' : ''))
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (text.length === 0) throw new UsageError('--text-cols is required for CSV files');
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) throw new UsageError('--batch must be an integer from 1 to 5000');
  const writesInFlight = Number(values.writers);
  if (!Number.isInteger(writesInFlight) || writesInFlight < 1 || writesInFlight > 4)
    throw new UsageError('--writers must be an integer from 1 to 4');
  const services = createAppServices(db.executor);
  // Extract as the server does: with the active tagger, when there is one.
  await services.training.taggers.restore((line) => console.error(line));
  const result = await bulkIngest(
    values.file,
    {
      id: values['id-col'],
      text,
      patient: values['patient-col'],
      study: values['study-col'],
      date: values['date-col'],
      modality: values['modality-col'],
    },
    services.ingest,
    { batchSize, writesInFlight, restart: values.restart },
  );
  if (result.resumedFrom > 0) console.log(`Resumed after record ${result.resumedFrom} (a previous run's checkpoint).`);
  console.log(`${result.created} created, ${result.updated} updated, ${result.badCount} bad row(s).`);
  for (const bad of result.bad) console.log(`  line ${bad.line}: ${bad.message}`);
  if (result.badCount > result.bad.length) console.log(`  … and ${result.badCount - result.bad.length} more`);
});
