import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { createAppServices } from '../../../src/api/services';
import type { Database } from '../../../src/db/database';
import { bulkIngest } from '../../../src/reports/bulk-ingest';
import { IngestService } from '../../../src/reports/ingest.service';
import { ReportRepository } from '../../../src/reports/report.repository';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { graphState as currentGraphState } from '../../support/graph-state';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const CSV = join(resolve(__dirname, '../../../..'), 'test/fixtures/ingest/reports.csv');
const COLUMNS = { id: 'id', text: ['findings', 'impression'], modality: 'modality' };

let db: Database;

const graphState = () => currentGraphState(db.executor);

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
});
after(async () => db.close());

test('CSV with quoted multi-line fields: good rows stored, bad rows reported with line numbers', async () => {
  const { ingest } = createAppServices(db.executor);
  const result = await bulkIngest(CSV, COLUMNS, ingest, { batchSize: 2, quiet: true, restart: true });
  assert.equal(result.created, 4);
  assert.deepEqual(result.bad, [
    { line: 5, message: 'id must not be empty' },
    { line: 7, message: 'text must not be empty' },
  ]);
  const [c1] = await db.executor.read<{ report: { text: string; modality: string } }>('reports-by-ids', { ids: ['c1'] });
  assert.equal(
    c1.report.text,
    'FINDINGS: Small right pleural effusion.\nNo pneumothorax.\nIMPRESSION: Right lower lobe pneumonia, unchanged.',
  );
  assert.equal(c1.report.modality, 'CR');
});

test('ingesting the same file again leaves the same graph', async () => {
  const before = await graphState();
  const { ingest } = createAppServices(db.executor);
  const again = await bulkIngest(CSV, COLUMNS, ingest, { batchSize: 2, quiet: true });
  assert.equal(again.updated, 4);
  assert.deepEqual(await graphState(), before);
});

test('a run that fails part-way resumes after its last committed batch', async () => {
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  const services = createAppServices(db.executor);
  let batches = 0;
  class FailingOnce extends IngestService {
    override async store(...args: Parameters<IngestService['store']>) {
      batches += 1;
      if (batches === 2) throw new Error('database went away');
      return super.store(...args);
    }
  }
  const failing = new FailingOnce(services.extractor, new ReportRepository(db.executor));
  await assert.rejects(bulkIngest(CSV, COLUMNS, failing, { batchSize: 2, quiet: true, restart: true }), /database went away/);
  assert.equal((await graphState()).stats.reports, 2);
  const resumed = await bulkIngest(CSV, COLUMNS, services.ingest, { batchSize: 2, quiet: true });
  assert.equal(resumed.resumedFrom, 2);
  assert.equal(resumed.created, 2);
  assert.equal((await graphState()).stats.reports, 4);
});

test('with two writes in flight, a batch that commits after an earlier one failed is re-written on resume, to the same graph', async () => {
  const fresh = async (): Promise<void> => {
    await resetDatabase(db);
    await seedDemoOntology(db.executor, () => undefined);
  };
  await fresh();
  const services = createAppServices(db.executor);
  let batches = 0;
  const committed: number[] = [];
  let thirdCommitted!: () => void;
  const third = new Promise<void>((resolve) => (thirdCommitted = resolve));
  class FailsAfterTheNext extends IngestService {
    override async store(...args: Parameters<IngestService['store']>) {
      const batch = (batches += 1);
      // Batch 2 fails only once batch 3, written beside it, has committed.
      if (batch === 2) {
        await third;
        throw new Error('database went away');
      }
      const outcome = await super.store(...args);
      committed.push(batch);
      if (batch === 3) thirdCommitted();
      return outcome;
    }
  }
  const failing = new FailsAfterTheNext(services.extractor, new ReportRepository(db.executor));
  await assert.rejects(
    bulkIngest(CSV, COLUMNS, failing, { batchSize: 2, writesInFlight: 2, quiet: true, restart: true }),
    /database went away/,
  );
  assert.deepEqual(committed, [1, 3], 'batch 3 committed beside the failed batch 2; nothing started after the failure');
  const [c3] = await db.executor.read('reports-by-ids', { ids: ['c3'] });
  assert.equal(c3, undefined, 'the failed batch left nothing');
  assert.equal((await graphState()).stats.reports, 3);

  const resumed = await bulkIngest(CSV, COLUMNS, services.ingest, { batchSize: 2, quiet: true });
  assert.equal(resumed.resumedFrom, 2, 'the checkpoint stops before the first batch not committed');
  assert.deepEqual([resumed.created, resumed.updated], [1, 1], 'c3 created, c5 (batch 3) written again in place');
  const interrupted = await graphState();

  await fresh();
  await bulkIngest(CSV, COLUMNS, services.ingest, { batchSize: 2, quiet: true, restart: true });
  assert.deepEqual(interrupted, await graphState());
});
