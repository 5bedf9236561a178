/**
 * Issue 14, finding 7: after `kill -9` of Neo4j, Ctrl-C to the API hung for over 100 s
 * (audit retries looping). The API now stops within its shutdown limit whatever failed
 * first, and a second Ctrl-C exits at once. The "Neo4j" here is a TCP relay to the test
 * server, so cutting the relay kills the database as the API sees it without touching the
 * server the other tests share; freezing it makes a hung server.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const START = join(__dirname, '..', '..', '..', 'src', 'cli', 'start.js');
const scratch = mkdtempSync(join(tmpdir(), 'ontocase-shutdown-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A relay to the test Neo4j that can be cut, as a killed server would cut its connections. */
async function relay(): Promise<{ uri: string; cut: () => void; freeze: () => void }> {
  const target = new URL(process.env.NEO4J_URI!.replace(/^[a-z+]+:/, 'http:'));
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
    // A hung server: connections stay open and nothing comes back.
    freeze: () => {
      for (const s of sockets) {
        s.unpipe();
        s.pause();
      }
      server.close();
    },
  };
}

async function startApi(uri: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [START], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      ONTOCASE_DEMO_SEED: 'none',
      ONTOCASE_KEYS_FILE: join(scratch, 'keys.json'),
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = await waitFor(() => output.includes('GraphQL API ready at') || child.exitCode !== null, 120_000);
  assert.ok(ready && child.exitCode === null, `the API did not start:\n${output}`);
  return { child, output: () => output };
}

async function waitFor(condition: () => boolean, limitMs: number): Promise<boolean> {
  for (let waited = 0; waited < limitMs; waited += 100) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

const exited = (child: ChildProcess, limitMs: number) => waitFor(() => child.exitCode !== null || child.signalCode !== null, limitMs);

test('Ctrl-C after the database died: the API still exits, within its shutdown limit', { timeout: 180_000 }, async () => {
  const link = await relay();
  const { child, output } = await startApi(link.uri);
  try {
    link.cut();
    child.kill('SIGINT');
    // The API gives itself 9 s; the wait is generous so a loaded machine does not fail it.
    assert.ok(await exited(child, 30_000), `still running 30 s after Ctrl-C:\n${output()}`);
    assert.match(output(), /SIGINT: stopping/);
  } finally {
    child.kill('SIGKILL');
    link.cut();
  }
});

test('a second Ctrl-C exits at once', { timeout: 180_000 }, async () => {
  const link = await relay();
  const { child, output } = await startApi(link.uri);
  try {
    link.freeze(); // a hung database, and a request waiting on it that the shutdown waits for
    const url = /GraphQL API ready at (\S+)/.exec(output())![1];
    const hanging = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ report(id: "r-1") { id } }' }) }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGINT');
    assert.ok(await waitFor(() => output().includes('SIGINT: stopping'), 10_000));
    child.kill('SIGINT');
    assert.ok(await exited(child, 5_000), 'a second Ctrl-C did not end the process');
    assert.equal(child.exitCode, 130);
    await hanging;
  } finally {
    child.kill('SIGKILL');
    link.cut();
  }
});
