/**
 * The evaluation's throw-away database: a fresh managed Neo4j in a temporary directory,
 * removed afterwards — or NEO4J_URI's server, wiped, only with ONTOCASE_EVAL_ALLOW_WIPE=1.
 * Either way the ontology is loaded first (the demo one unless a directory is given).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { externalNeo4j } from '../../src/config';
import { cypher } from '../../src/db/cypher';
import { openDatabase, type Database } from '../../src/db/database';
import { loadUmls } from '../../src/ontology/rrf/umls-loader';
import { seedDemoOntology } from '../../src/seed/demo-seed';

export async function openEvalDatabase(log: (line: string) => void, ontologyDir?: string): Promise<Database> {
  let dataDir: string | null = null;
  if (externalNeo4j()) {
    if (process.env.ONTOCASE_EVAL_ALLOW_WIPE !== '1') {
      throw new Error(
        'NEO4J_URI is set: the evaluation deletes all data in that database. Set ONTOCASE_EVAL_ALLOW_WIPE=1 to confirm, or unset NEO4J_URI to use a throw-away server.',
      );
    }
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'ontocase-eval-neo4j-'));
  }
  const database = await openDatabase(log, dataDir ? { dataDir, heap: '2g', pageCache: '1g' } : {});
  const close = async (): Promise<void> => {
    await database.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await database.executor.runStatement(cypher('admin-clear-database'));
    if (ontologyDir) await loadUmls(database.executor, ontologyDir);
    else await seedDemoOntology(database.executor, log);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...database, close };
}
