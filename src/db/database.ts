/** Opens the database the process uses: NEO4J_URI's server, else a project-managed one. */
import type { Driver } from 'neo4j-driver';
import { externalNeo4j, ManagedNeo4jSettings, managedNeo4jSettings, Neo4jConnection } from '../config';
import { cypherStatements } from './cypher';
import { createDriver, Neo4jExecutor } from './executor';
import type { Log } from './maven-classpath';
import { ManagedNeo4j, startManagedNeo4j } from './managed-neo4j';
import { MANAGED_USER, storedPassword } from './neo4j-credentials';
import { runningServer } from './neo4j-lock';

export interface Database {
  connection: Neo4jConnection;
  driver: Driver;
  executor: Neo4jExecutor;
  managed: ManagedNeo4j | null;
  close(): Promise<void>;
}

export async function applySchema(executor: Neo4jExecutor): Promise<void> {
  for (const statement of cypherStatements('schema')) await executor.runStatement(statement);
}

export async function connect(connection: Neo4jConnection, managed: ManagedNeo4j | null = null): Promise<Database> {
  const driver = createDriver(connection);
  const executor = new Neo4jExecutor(driver, connection.database);
  return {
    connection,
    driver,
    executor,
    managed,
    async close() {
      await driver.close();
      if (managed) await managed.stop();
    },
  };
}

export async function openDatabase(log: Log, overrides: Partial<ManagedNeo4jSettings> = {}): Promise<Database> {
  const external = externalNeo4j();
  if (external) {
    log(`Using the Neo4j server at ${external.uri}.`);
    const database = await connect(external);
    await applySchema(database.executor);
    return database;
  }
  const settings = managedNeo4jSettings(overrides);
  const running = runningServer(settings.dataDir);
  if (running) {
    // A CLI run while `npm start` holds the data directory shares its server.
    log(`Using the project's running Neo4j at ${running.uri} (pid ${running.pid}).`);
    const database = await connect({ uri: running.uri, user: MANAGED_USER, password: storedPassword(settings.dataDir) ?? '' });
    await applySchema(database.executor);
    return database;
  }
  const managed = await startManagedNeo4j(settings, log);
  const database = await connect(managed.connection, managed);
  try {
    await applySchema(database.executor);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
