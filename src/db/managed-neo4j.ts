/**
 * A project-managed Neo4j Community server: its own JVM, Bolt on a free loopback port,
 * data under one directory, stopped with the Node process that started it.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { ManagedNeo4jSettings, Neo4jConnection } from '../config';
import { Log, neo4jClasspath } from './maven-classpath';
import { loginPassword, MANAGED_USER, setInitialPassword } from './neo4j-credentials';
import { claimDataDir, Lock, startWatchdog, stopOrphan } from './neo4j-lock';

const READY_TIMEOUT_MS = 180_000;

// HotSpot's JIT defaults on purpose: higher C2 thresholds cut a fresh server's ingest CPU by
// a fifth but slowed the reads for thousands of queries (BENCHMARKS.md, "The Neo4j JVM's JIT").
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  // Neo4j's page cache and Netty need these on Java 17+.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

export interface ManagedNeo4j {
  connection: Neo4jConnection;
  logFile: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function writeConfig(home: string, dataDir: string, port: number, pageCache: string): string {
  const confDir = join(home, 'conf');
  mkdirSync(confDir, { recursive: true });
  const lines = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    // Loopback only, and still with a password: other local users must not read the reports.
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${pageCache}`,
    `server.directories.data=${join(dataDir, 'data')}`,
    `server.directories.logs=${join(dataDir, 'logs')}`,
    `server.directories.run=${join(dataDir, 'run')}`,
    `server.directories.import=${join(dataDir, 'import')}`,
    'db.tx_log.rotation.retention_policy=1 files',
    'dbms.usage_report.enabled=false',
  ];
  writeFileSync(join(confDir, 'neo4j.conf'), lines.join('\n') + '\n');
  return confDir;
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-count).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitForBolt(uri: string, password: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const driver = neo4j.driver(uri, neo4j.auth.basic(MANAGED_USER, password), { logging: undefined });
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`Neo4j exited during start (code ${child.exitCode}). Log ${logFile}:\n${lastLines(logFile, 15)}`);
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
    throw new Error(`Neo4j did not accept Bolt connections within ${READY_TIMEOUT_MS / 1000}s. See ${logFile}`);
  } finally {
    await driver.close();
  }
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Starts the server and resolves once Bolt answers; `stop()` shuts it down cleanly. */
export async function startManagedNeo4j(settings: ManagedNeo4jSettings, log: Log): Promise<ManagedNeo4j> {
  const { dataDir } = settings;
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  // The reports live here: owner only (Neo4j's own files inherit no wider access through it).
  chmodSync(dataDir, 0o700);
  await stopOrphan(dataDir, log);
  const pidFile = claimDataDir(dataDir);
  if (settings.boltPort !== undefined && !(await portIsFree(settings.boltPort))) {
    throw new Error(`ONTOCASE_NEO4J_PORT ${settings.boltPort} is already in use; pick another or unset it for a free one.`);
  }
  const port = settings.boltPort ?? (await freePort());
  const classpath = await neo4jClasspath(log);
  const home = join(dataDir, 'home');
  const confDir = writeConfig(home, dataDir, port, settings.pageCache);
  const logFile = join(dataDir, 'logs', 'console.log');
  const out = openSync(logFile, 'a');
  log(`Starting Neo4j Community on bolt://127.0.0.1:${port} (data: ${dataDir}, log: ${logFile})…`);
  const child = spawn(
    javaCommand(),
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      ...JVM_OPTIONS,
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
    ],
    { stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.once('error', (error) => log(`Could not start Java (${javaCommand()}): ${error.message}`));
  const uri = `bolt://127.0.0.1:${port}`;
  if (child.pid !== undefined) {
    writeFileSync(pidFile, JSON.stringify({ pid: child.pid, uri, owner: process.pid } satisfies Lock));
    startWatchdog(child.pid);
  }
  const killOnExit = (): void => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  let { password, initial } = loginPassword(dataDir);
  try {
    await waitForBolt(uri, password, child, logFile);
    if (initial) password = await setInitialPassword(uri, dataDir);
  } catch (error) {
    killOnExit();
    throw error;
  }
  log('Neo4j is ready.');

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null) return resolve();
      // Shutdown must end within seconds even when Neo4j hangs.
      const force = setTimeout(() => child.kill('SIGKILL'), 7_000);
      child.once('exit', () => {
        clearTimeout(force);
        rmSync(pidFile, { force: true });
        resolve();
      });
      child.kill('SIGTERM');
    });
    return stopping;
  };
  return { connection: { uri, user: MANAGED_USER, password }, logFile, stop };
}
