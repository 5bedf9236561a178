/** A fresh database for a benchmark: a managed Neo4j in a throw-away directory (or NEO4J_URI). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { externalNeo4j } from '../../src/config';
import { cypher } from '../../src/db/cypher';
import { applySchema, connect, Database, openDatabase } from '../../src/db/database';
import { runningServer } from '../../src/db/neo4j-lock';

/** `serverPid`: the managed Neo4j JVM's process (null for NEO4J_URI's server), for its CPU figures. */
export async function openBenchDatabase(): Promise<Database & { reset(): Promise<void>; serverPid: number | null }> {
  const external = externalNeo4j();
  const dataDir = external ? null : mkdtempSync(join(tmpdir(), 'ontocase-bench-'));
  const database = external ? await connect(external) : await openDatabase(console.log, { dataDir: dataDir! });
  await applySchema(database.executor);
  return {
    ...database,
    serverPid: dataDir ? (runningServer(dataDir)?.pid ?? null) : null,
    async reset() {
      await database.executor.runStatement(cypher('admin-clear-database'));
    },
    async close() {
      await database.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
