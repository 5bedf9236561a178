/**
 * The integration tier's database: a managed Neo4j in a throw-away directory, started once
 * for the whole run (unless NEO4J_URI names a server the caller allows us to wipe).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { managedNeo4jSettings } from '../../src/config';
import { startManagedNeo4j } from '../../src/db/managed-neo4j';

export async function withTestDatabase(run: (env: Record<string, string>) => Promise<number>): Promise<number> {
  if (process.env.NEO4J_URI) {
    if (process.env.ONTOCASE_TEST_ALLOW_WIPE !== '1') {
      throw new Error(
        'NEO4J_URI is set: the integration tests delete all data in that database. ' +
          'Set ONTOCASE_TEST_ALLOW_WIPE=1 to confirm, or unset NEO4J_URI to use a throw-away server.',
      );
    }
    return run({ ONTOCASE_TEST_DB: '1' });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ontocase-test-neo4j-'));
  const log = (line: string): void => console.log(`[neo4j] ${line}`);
  const server = await startManagedNeo4j(managedNeo4jSettings({ dataDir, heap: '1g', pageCache: '512m' }), log);
  try {
    return await run({
      NEO4J_URI: server.connection.uri,
      NEO4J_USER: server.connection.user,
      NEO4J_PASSWORD: server.connection.password,
      ONTOCASE_TEST_DB: '1',
      ONTOCASE_TEST_NEO4J_LOG: server.logFile,
      ONTOCASE_TEST_NEO4J_DATA_DIR: dataDir,
    });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
