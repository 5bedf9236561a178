/** Shared set-up for integration test files: connect to the run's database and reset it. */
import { externalNeo4j } from '../../src/config';
import { cypher } from '../../src/db/cypher';
import { applySchema, connect, Database } from '../../src/db/database';

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
