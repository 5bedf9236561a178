/** Report ids mean the same at every entry point: stored normalised, found normalised, bad ones refused. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';

let db: Database;
let api: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTestApi(db.executor);
});
after(async () => {
  await api.close();
  await db.close();
});

const INGEST = 'mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created updated failed errors { index message } } }';
const TEXT = 'FINDINGS: Small right pleural effusion.';

test('ids differing only by surrounding whitespace or normal form are one report', async () => {
  const first = await api.gql(INGEST, { r: [{ id: ' id-caf\u00e9', text: TEXT }] });
  assert.equal(first.data?.ingestReports.created, 1);
  const second = await api.gql(INGEST, { r: [{ id: 'id-cafe\u0301 ', text: TEXT }] });
  assert.deepEqual([second.data?.ingestReports.created, second.data?.ingestReports.updated], [0, 1]);
  const read = await api.gql('query($id: ID!) { report(id: $id) { id } }', { id: '  id-cafe\u0301' });
  assert.equal(read.data?.report?.id, 'id-caf\u00e9');
  const similar = await api.gql('query($id: ID!) { similarCases(reportId: $id, k: 1) { score } }', { id: 'id-caf\u00e9 ' });
  assert.equal(similar.errors, undefined);
});

test('a lone surrogate or a control character in an id is refused, per item and per argument', async () => {
  const stored = await api.gql(INGEST, {
    r: [
      { id: 'bad\uD800', text: TEXT },
      { id: 'nul\u0000', text: TEXT },
      { id: 'fine-1', text: TEXT },
    ],
  });
  assert.deepEqual(stored.data?.ingestReports.errors, [
    { index: 0, message: 'id is not valid Unicode (unpaired surrogate)' },
    { index: 1, message: 'id must not contain control characters' },
  ]);
  assert.equal(stored.data?.ingestReports.created, 1);
  for (const [query, variables] of [
    ['query($id: ID!) { report(id: $id) { id } }', { id: 'bad\uD800' }],
    ['mutation($id: ID!) { addSpans(reportId: $id, spans: []) { id } }', { id: 'x\u0007' }],
    ['query($id: ID!) { compareReports(a: $id, b: "fine-1") { score } }', { id: '\uDC00' }],
  ] as const) {
    const answer = await api.gql(query, variables);
    assert.equal(answer.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', query);
  }
});
