/** Shared set-up for integration test files: connect to the run's database and reset it. */
import { externalNeo4j } from '../../src/config';
import { cypher } from '../../src/db/cypher';
import { applySchema, connect, Database } from '../../src/db/database';
import type { AppServices } from '../../src/api/context';
import { createAppServices } from '../../src/api/services';
import type { ReportInputData } from '../../src/reports/report-input';
import { seedDemoOntology } from '../../src/seed/demo-seed';

export async function openTestDatabase(): Promise<Database> {
  const connection = externalNeo4j();
  if (!connection || process.env.ONTOCASE_TEST_DB !== '1') {
    throw new Error('Integration tests run through `npm test`, which provides the test database.');
  }
  const database = await connect(connection);
  await applySchema(database.executor);
  return database;
}

export async function resetDatabase(database: Database): Promise<void> {
  await database.executor.runStatement(cypher('admin-clear-database'));
}

/**
 * A fresh database with the demo ontology and these reports stored, and the app's services
 * over it with the in-process index loaded (the index's agreement tests start here).
 */
export async function openIndexedDemo(reports: readonly ReportInputData[]): Promise<{ db: Database; services: AppServices }> {
  const db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  const services = createAppServices(db.executor);
  const { errors } = await services.ingest.ingest([...reports]);
  if (errors.length > 0) throw new Error(`${errors.length} demo report(s) failed to ingest`);
  await services.similarityIndex!.load();
  return { db, services };
}
