/** Report reads and mutations land in the audit trail with ids, counts and timings — never text. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { createTestKeys, TestKeys } from './test-keys';

const MARKER = 'ZZAUDIT-5e1b';
const EVENTS = '{ auditEvents(first: 100) { keyId keyName role operation kind reportIds reportCount durationMs outcome errorCodes } }';
let db: Database;
let keys: TestKeys;
let api: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  keys = createTestKeys();
  api = await startTestApi(db.executor, { keysFile: keys.keysFile });
});
after(async () => {
  await api.close();
  await db.close();
  keys.remove();
});

test('reads of report ids and mutations are audited with ids, counts and timings, without text', async () => {
  const reports = ['au-1', 'au-2', 'au-3'].map((id) => ({ id, text: `FINDINGS: ${MARKER} small left pleural effusion.` }));
  const ingest = await api.gql(
    'mutation Load($r: [ReportInput!]!) { ingestReports(reports: $r) { created } }',
    { r: reports },
    keys.annotator,
  );
  assert.equal(ingest.data!.ingestReports.created, 3);
  await api.gql('{ report(id: "au-2") { text } }', {}, keys.reader);
  await api.gql('{ reports(first: 2) { edges { node { id text } } } }', {}, keys.reader);
  await api.gql('{ ontologyStats { concepts } }', {}, keys.reader); // no report ids: not audited
  await api.gql('mutation { addSpans(reportId: "au-1", spans: [{ start: 0, end: 99, label: "OBS-DP" }]) { id } }', {}, keys.annotator);

  const { data, errors } = await api.gql(EVENTS, {}, keys.admin);
  assert.equal(errors, undefined);
  const events = data!.auditEvents as any[];
  assert.ok(!JSON.stringify(events).includes(MARKER), 'no report text in the audit trail');
  const find = (operation: string) => events.find((e) => e.operation === operation);

  assert.deepEqual(
    { ...find('Load'), durationMs: 0 },
    {
      keyId: keys.annotator.split('_')[1],
      keyName: 'test-annotator-1',
      role: 'annotator',
      operation: 'Load',
      kind: 'MUTATION',
      reportIds: ['au-1', 'au-2', 'au-3'],
      reportCount: 3,
      durationMs: 0,
      outcome: 'OK',
      errorCodes: [],
    },
  );
  assert.ok(find('Load').durationMs >= 0);
  const single = find('report');
  assert.deepEqual([single.kind, single.role, single.reportIds, single.reportCount], ['QUERY', 'reader', ['au-2'], 1]);
  const page = find('reports');
  assert.deepEqual([page.reportIds.sort(), page.reportCount], [['au-1', 'au-2'], 2]);
  assert.equal(find('ontologyStats'), undefined);
  const failed = find('addSpans');
  assert.deepEqual([failed.kind, failed.outcome, failed.errorCodes], ['MUTATION', 'ERROR', ['BAD_USER_INPUT']]);
});

test('the audit trail is for admins only', async () => {
  for (const key of [keys.reader, keys.annotator]) {
    assert.equal((await api.gql(EVENTS, {}, key)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
  }
});
