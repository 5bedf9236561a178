/** `npm run load:umls -- --dir META [--sources SAB,SAB] [--broader-narrower] [--batch N]` */
import { parseArgs } from 'node:util';
import { loadUmls } from '../ontology/rrf/umls-loader';
import { runWithDatabase, UsageError } from './run-with-database';

const USAGE = `Usage: npm run load:umls -- --dir <directory with MRCONSO.RRF, MRREL.RRF, MRSTY.RRF>
  [--sources SNOMEDCT_US,MSH,RADLEX]   keep only these source vocabularies
  [--broader-narrower]                  also read RB/RN as is-a
  [--batch 5000]                        rows per transaction`;

runWithDatabase(USAGE, async (db) => {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, sources: { type: 'string' }, 'broader-narrower': { type: 'boolean' }, batch: { type: 'string' } },
  });
  if (!values.dir) throw new UsageError('--dir is required');
  const batchSize = values.batch ? Number(values.batch) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))
    throw new UsageError('--batch must be a positive integer');
  const report = await loadUmls(db.executor, values.dir, {
    sources: values.sources
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    includeBroaderNarrower: values['broader-narrower'] ?? false,
    batchSize,
  });
  console.log(report.summary());
});
