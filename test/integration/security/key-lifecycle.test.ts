/** Keys and the modes they imply, while the server runs; bad keys meet the IP rate limit first. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { newKey, writeKeysFile } from '../../../src/security/api-keys';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';

let db: Database;
let dir: string;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  dir = mkdtempSync(join(tmpdir(), 'ontocase-key-life-'));
});
after(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const STATS = '{ ontologyStats { concepts } }';

test('open mode ends as soon as a key exists: the next call without a key is refused', async () => {
  const keysFile = join(dir, 'keys.json');
  const api: TestApi = await startTestApi(db.executor, { keysFile });
  try {
    assert.equal(api.api.openMode, true);
    assert.equal((await api.gql(STATS)).status, 200);
    const admin = newKey('first-admin', 'admin');
    writeKeysFile(keysFile, [admin.stored]);
    assert.equal(api.api.openMode, false);
    const anonymous = await api.gql('{ auditEvents(first: 1) { seq } }');
    assert.deepEqual([anonymous.status, anonymous.errors?.[0]?.extensions?.code], [401, 'UNAUTHENTICATED']);
    assert.equal((await api.gql(STATS, {}, admin.key)).status, 200);
  } finally {
    await api.close();
  }
});

test('invalid keys are rate-limited by IP before they are verified', async () => {
  const keysFile = join(dir, 'keys-ip.json');
  writeKeysFile(keysFile, [newKey('someone', 'reader').stored]);
  const api = await startTestApi(db.executor, { keysFile, ipRateLimit: { perSecond: 1, burst: 5 } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await api.gql(STATS, {}, `oc_${String(i).padStart(8, '0')}_${'x'.repeat(40)}`)).status);
    assert.ok(statuses.includes(401));
    assert.ok(statuses.includes(429), `statuses ${statuses.join(', ')}`);
  } finally {
    await api.close();
  }
});
