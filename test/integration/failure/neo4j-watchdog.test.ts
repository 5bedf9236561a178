/**
 * After `kill -9` of the API, its managed Neo4j kept running, orphaned. The watchdog stops
 * the server once its owner is gone; the lock then no longer names a running server.
 * (Stand-ins for both processes: the watchdog only sees pids.)
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lockFile, processAlive, runningServer } from '../../../src/db/neo4j-lock';

const WATCHDOG = join(__dirname, '..', '..', '..', 'src', 'db', 'neo4j-watchdog.js');
const idle = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });

async function waitUntil(condition: () => boolean, limitMs: number): Promise<boolean> {
  for (let waited = 0; waited < limitMs; waited += 100) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

test('the watchdog stops the server when its owner is killed with SIGKILL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ontocase-watchdog-'));
  const owner = idle();
  const server = idle();
  try {
    writeFileSync(lockFile(dir), JSON.stringify({ pid: server.pid, uri: 'bolt://127.0.0.1:1', owner: owner.pid }));
    assert.equal(runningServer(dir)?.pid, server.pid);
    const watchdog = spawn(process.execPath, [WATCHDOG, String(owner.pid), String(server.pid)], { stdio: 'ignore' });
    owner.kill('SIGKILL');
    assert.equal(await waitUntil(() => !processAlive(server.pid!), 30_000), true, 'server stopped');
    assert.equal(runningServer(dir), null);
    assert.equal(await waitUntil(() => watchdog.exitCode !== null, 10_000), true, 'watchdog exits');
  } finally {
    owner.kill('SIGKILL');
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock whose owner died does not count as a running server, even while the server lives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ontocase-watchdog-'));
  const owner = idle();
  const server = idle();
  try {
    writeFileSync(lockFile(dir), JSON.stringify({ pid: server.pid, uri: 'bolt://127.0.0.1:1', owner: owner.pid }));
    owner.kill('SIGKILL');
    assert.equal(await waitUntil(() => !processAlive(owner.pid!), 10_000), true);
    assert.equal(runningServer(dir), null, 'not adopted by the next start');
  } finally {
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
