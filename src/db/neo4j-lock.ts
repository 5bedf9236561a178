/**
 * Who holds a managed Neo4j data directory: a lock file with the server's pid, its Bolt
 * URI and the Node process that owns it. A server whose owner died is an orphan, stopped
 * by the owner's watchdog or, failing that, by the next start.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from './maven-classpath';

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const lockFile = (dataDir: string): string => join(dataDir, 'ontocase-neo4j.json');

export interface Lock {
  pid: number;
  uri: string;
  /** The Node process that started the server; when it is gone, the server is an orphan. */
  owner?: number;
}

function readLock(dataDir: string): Lock | null {
  try {
    const lock = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as Lock;
    return Number.isInteger(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

/** The live server that holds a data directory, if any, while its owner lives: its pid and Bolt URI. */
export function runningServer(dataDir: string): { pid: number; uri: string } | null {
  const lock = readLock(dataDir);
  if (!lock || !processAlive(lock.pid)) return null;
  return lock.owner === undefined || processAlive(lock.owner) ? lock : null;
}

/** A server whose owner died (SIGKILL) before its watchdog stopped it: stopped here, then forgotten. */
export async function stopOrphan(dataDir: string, log: Log): Promise<void> {
  const lock = readLock(dataDir);
  if (!lock || !processAlive(lock.pid) || lock.owner === undefined || processAlive(lock.owner)) return;
  log(`Stopping the orphaned Neo4j (pid ${lock.pid}) left by a process that died…`);
  process.kill(lock.pid, 'SIGTERM');
  for (let waited = 0; processAlive(lock.pid) && waited < 10_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
  if (processAlive(lock.pid)) process.kill(lock.pid, 'SIGKILL');
}

/** The detached watchdog (neo4j-watchdog.ts) that stops Neo4j if this process is killed. */
export function startWatchdog(neo4jPid: number): void {
  const watchdog = spawn(process.execPath, [join(__dirname, 'neo4j-watchdog.js'), String(process.pid), String(neo4jPid)], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
}

/** Refuses a data directory another live server holds; clears the lock of a dead one. */
export function claimDataDir(dataDir: string): string {
  const running = runningServer(dataDir);
  if (running) {
    throw new Error(
      `Neo4j data directory ${dataDir} is in use by a running server (pid ${running.pid}, ${running.uri}). ` +
        'Stop that process, or set ONTOCASE_DATA_DIR to another directory.',
    );
  }
  rmSync(lockFile(dataDir), { force: true });
  return lockFile(dataDir);
}
