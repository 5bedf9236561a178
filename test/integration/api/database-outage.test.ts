import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { managedNeo4jSettings } from '../../../src/config';
import { applySchema, connect, Database } from '../../../src/db/database';
import { ManagedNeo4j, startManagedNeo4j } from '../../../src/db/managed-neo4j';
import { startTestApi, TestApi } from '../../support/api-client';

// A server of its own, so stopping it does not disturb the other test files.
const dataDir = mkdtempSync(join(tmpdir(), 'ontocase-outage-'));
const quiet = (): void => undefined;
let server: ManagedNeo4j | undefined;
let db: Database | undefined;
let api: TestApi | undefined;

after(async () => {
  await api?.close();
  await db?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('Neo4j down: /health 503 and fast DATABASE_UNAVAILABLE; back up: recovers without a restart', async () => {
  const settings = managedNeo4jSettings({ dataDir, heap: '512m', pageCache: '128m' });
  server = await startManagedNeo4j(settings, quiet);
  const port = Number(new URL(server.connection.uri.replace('bolt', 'http')).port);
  db = await connect(server.connection);
  await applySchema(db.executor);
  api = await startTestApi(db.executor);
  const query = '{ ontologyStats { concepts } }';

  assert.equal((await fetch(`${api.url}/health`)).status, 200);
  assert.equal((await api.gql(query)).data!.ontologyStats.concepts, 0);

  await server.stop();
  const started = Date.now();
  const down = await api.gql(query);
  const elapsed = Date.now() - started;
  assert.equal(down.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE');
  assert.ok(elapsed < 10_000, `failed fast (${elapsed} ms)`);
  const health = await fetch(`${api.url}/health`);
  assert.equal(health.status, 503);
  assert.deepEqual(await health.json(), { status: 'unavailable', database: 'down', executionProvider: null });

  server = await startManagedNeo4j({ ...settings, boltPort: port }, quiet);
  let recovered = false;
  for (let attempt = 0; attempt < 40 && !recovered; attempt += 1) {
    const response = await api.gql(query);
    recovered = response.data?.ontologyStats?.concepts === 0;
    if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.ok(recovered, 'queries answer again once Neo4j is back');
  assert.equal((await fetch(`${api.url}/health`)).status, 200);
});

test('a data directory held by a running server is refused with a clear message', async () => {
  await assert.rejects(
    startManagedNeo4j(managedNeo4jSettings({ dataDir, heap: '512m', pageCache: '128m' }), quiet),
    /is in use by a running server \(pid \d+, bolt:\/\/127\.0\.0\.1:\d+\)/,
  );
});
