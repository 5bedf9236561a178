/**
 * Neo4j stops in the middle of a bulk ingest: the run fails with the database error; once
 * Neo4j is back on the same port, re-running resumes and leaves exactly the graph an
 * uninterrupted run makes (counts and a SHA-256 of every report–concept edge).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { createAppServices } from '../../../src/api/services';
import { managedNeo4jSettings } from '../../../src/config';
import { cypher } from '../../../src/db/cypher';
import { applySchema, connect, Database } from '../../../src/db/database';
import { ManagedNeo4j, startManagedNeo4j } from '../../../src/db/managed-neo4j';
import { bulkIngest } from '../../../src/reports/bulk-ingest';
import { IngestService } from '../../../src/reports/ingest.service';
import { ReportRepository } from '../../../src/reports/report.repository';
import { seedDemoOntology } from '../../../src/seed/demo-seed';

const SUBSET = 200;
const COLUMNS = { id: 'id', text: ['findings', 'impression'] };
const dir = mkdtempSync(join(tmpdir(), 'ontocase-ingest-outage-'));
const csv = join(dir, 'reports.csv');
const quiet = (): void => undefined;
let server: ManagedNeo4j | undefined;
let db: Database | undefined;

after(async () => {
  await db?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function writeSubset(): void {
  const rows = parse(readFileSync(join(resolve(__dirname, '../../../..'), 'seed/corpus/reports.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;
  const lines = rows.slice(0, SUBSET).map((row) => ['id', 'findings', 'impression'].map((c) => quote(row[c])).join(','));
  writeFileSync(csv, ['id,findings,impression', ...lines].join('\n') + '\n');
}

async function graphState(database: Database): Promise<{ stats: Record<string, unknown>; edges: string }> {
  const [stats] = await database.executor.read('corpus-stats');
  const edges = await database.executor.read('corpus-edges');
  return { stats, edges: createHash('sha256').update(JSON.stringify(edges)).digest('hex') };
}

test('an ingest cut off by a Neo4j stop resumes to the same graph as an uninterrupted run', async () => {
  writeSubset();
  const settings = managedNeo4jSettings({ dataDir: join(dir, 'neo4j'), heap: '512m', pageCache: '128m' });
  server = await startManagedNeo4j(settings, quiet);
  const port = Number(new URL(server.connection.uri.replace('bolt', 'http')).port);
  db = await connect(server.connection);
  await applySchema(db.executor);
  await seedDemoOntology(db.executor, quiet);

  const services = createAppServices(db.executor);
  let batches = 0;
  const running = server;
  const writes: Promise<unknown>[] = [];
  class StopsNeo4jMidway extends IngestService {
    override async store(...args: Parameters<IngestService['store']>) {
      batches += 1;
      if (batches === 4) {
        // Let any write still in flight end (with --writers above 1 batches overlap), so
        // exactly three are committed when the real server goes away.
        await Promise.allSettled(writes);
        await running.stop();
      }
      const write = super.store(...args);
      writes.push(write);
      return write;
    }
  }
  const cutOff = new StopsNeo4jMidway(services.extractor, new ReportRepository(db.executor));
  await assert.rejects(bulkIngest(csv, COLUMNS, cutOff, { batchSize: 40, quiet: true, restart: true }), (error: Error) => {
    assert.match(`${error.name} ${error.message}`, /unavailable|ServiceUnavailable|ECONNREFUSED|connect/i);
    return true;
  });

  server = await startManagedNeo4j({ ...settings, boltPort: port }, quiet);
  const resumed = await bulkIngest(csv, COLUMNS, createAppServices(db.executor).ingest, { batchSize: 40, quiet: true });
  assert.equal(resumed.resumedFrom, 120, 'three batches were committed before the stop');
  const interrupted = await graphState(db);
  assert.equal(interrupted.stats.reports, SUBSET);

  await db.executor.runStatement(cypher('admin-clear-database'));
  await seedDemoOntology(db.executor, quiet);
  const fresh = await bulkIngest(csv, COLUMNS, createAppServices(db.executor).ingest, { batchSize: 40, quiet: true, restart: true });
  assert.equal(fresh.created, SUBSET);
  assert.deepEqual(interrupted, await graphState(db));
});
