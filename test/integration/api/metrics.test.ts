/** /metrics: protected in keyed mode, counts requests per operation and outcome, leaks no report data. */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { loadUmls } from '../../../src/ontology/rrf/umls-loader';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { createTestKeys, TestKeys } from '../security/test-keys';

const ROOT = resolve(__dirname, '../../../..');
const REPORT_ID = 'metrics-secret-0042';
const REPORT_TEXT = 'FINDINGS: Distinctive zebra-stripe pneumonia wording.';

let db: Database;
let api: TestApi;
let keys: TestKeys;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await loadUmls(db.executor, join(ROOT, 'test/fixtures/umls-small'));
  keys = createTestKeys();
  api = await startTestApi(db.executor, { keysFile: keys.keysFile, rateLimit: { perSecond: 1000, burst: 1000 } });
  await api.services.ontologyMemory?.load();
});
after(async () => {
  await api.close();
  await db.close();
  keys.remove();
});

const scrape = async (key?: string): Promise<{ status: number; type: string | null; body: string }> => {
  const response = await fetch(`${api.url}/metrics`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

/** The value of one sample line, e.g. `name{a="b"} 3`; 0 when absent. */
const sample = (body: string, line: string): number => {
  const found = body.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
};

describe('/metrics', () => {
  test('needs a valid key in keyed mode', async () => {
    assert.equal((await scrape()).status, 401);
    assert.equal((await scrape('oc_not-a-key')).status, 401);
    const ok = await scrape(keys.reader);
    assert.equal(ok.status, 200);
    assert.match(ok.type ?? '', /^text\/plain/);
    assert.match(ok.body, /process_resident_memory_bytes/);
  });

  test('requests, latency and round trips per operation and outcome; index sizes', async () => {
    const before = await scrape(keys.reader);
    const ok = 'ontocase_graphql_requests_total{operation="query:concept",outcome="ok"}';
    const bad = 'ontocase_graphql_requests_total{operation="query:concept",outcome="BAD_USER_INPUT"}';
    await api.gql('{ concept(id: "C0000002") { id name } }', undefined, keys.reader);
    await api.gql('{ concept(id: "C0000002") { id name } }', undefined, keys.reader);
    await api.gql('{ concept(id: "C0000002") { ancestors(maxDepth: 99) { distance } } }', undefined, keys.reader);
    await api.gql('{ nonsense }', undefined, keys.reader);
    const after = await scrape(keys.reader);
    assert.equal(sample(after.body, ok) - sample(before.body, ok), 2);
    assert.equal(sample(after.body, bad) - sample(before.body, bad), 1);
    assert.ok(sample(after.body, 'ontocase_graphql_requests_total{operation="unresolved",outcome="GRAPHQL_VALIDATION_FAILED"}') >= 1);
    assert.ok(sample(after.body, 'ontocase_graphql_request_duration_seconds_count{operation="query:concept",outcome="ok"}') >= 2);
    assert.match(after.body, /ontocase_neo4j_round_trips_total\{operation="query:concept"\}/);
    assert.ok(sample(after.body, 'ontocase_ontology_concepts') > 0);
    assert.ok(sample(after.body, 'ontocase_index_reload_duration_seconds_count{index="ontology"}') >= 1);
  });

  test('no report id or text in any label', async () => {
    const ingest = await api.gql(
      'mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created } }',
      { r: [{ id: REPORT_ID, text: REPORT_TEXT }] },
      keys.annotator,
    );
    assert.equal(ingest.errors, undefined);
    const similar = await api.gql(
      `query Named_${REPORT_ID.replace(/-/g, '_')} { report(id: "${REPORT_ID}") { id } }`,
      undefined,
      keys.reader,
    );
    assert.equal(similar.errors, undefined);
    const { body } = await scrape(keys.reader);
    assert.match(body, /operation="mutation:ingestReports"/);
    for (const secret of [REPORT_ID, REPORT_ID.replace(/-/g, '_'), 'zebra']) assert.equal(body.includes(secret), false, secret);
  });
});
