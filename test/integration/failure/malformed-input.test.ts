/** Malformed requests get coded errors (4xx, or 200 with errors[].extensions.code) — never a 500 or a crash. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { assertCodedAnswer, postRaw } from './codes';

let db: Database;
let api: TestApi;
const codes = (r: { errors?: { extensions?: Record<string, any> }[] }): string[] => (r.errors ?? []).map((e) => String(e.extensions?.code));

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTestApi(db.executor);
});
after(async () => {
  // The server must still be healthy after everything below.
  assert.equal((await fetch(`${api.url}/health`)).status, 200);
  await api.close();
  await db.close();
});

test('invalid UTF-8 inside a JSON string is read as U+FFFD and processed as text', async () => {
  const body = Buffer.concat([
    Buffer.from('{"query":"query($t: String!) { extract(text: $t) { mentions { text } } }","variables":{"t":"Pleural effusion '),
    Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from('."}}'),
  ]);
  const response = await postRaw(api.url, body);
  assert.equal(response.status, 200);
  assert.deepEqual(
    response.data.extract.mentions.map((m: { text: string }) => m.text.toLowerCase()),
    ['pleural effusion'],
  );
});

test('invalid UTF-8 or broken JSON outside strings is BAD_REQUEST (400)', async () => {
  for (const body of [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), '{"query": "{ ontologyStats { concepts } }"', '', '[1, 2']) {
    const response = await postRaw(api.url, body);
    assertCodedAnswer(response, `body ${JSON.stringify(body.toString())}`);
    assert.equal(response.status, 400);
  }
});

test('5 MB texts are refused per argument or per item; a body over the limit is 413', async () => {
  const huge = 'Pleural effusion. '.repeat(300_000);
  const extract = await api.gql('query($t: String!) { extract(text: $t) { mentions { start } } }', { t: huge });
  assert.deepEqual(codes(extract), ['BAD_USER_INPUT']);
  const ingest = await api.gql('mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created errors { message } } }', {
    r: [{ id: 'big', text: huge }],
  });
  assert.equal(ingest.data!.ingestReports.created, 0);
  assert.match(ingest.data!.ingestReports.errors[0].message, /at most 200000 characters/);
  const tooLarge = await postRaw(
    api.url,
    JSON.stringify({ query: '{ ontologyStats { concepts } }', variables: { pad: 'x'.repeat(11 * 1024 * 1024) } }),
  );
  assert.equal(tooLarge.status, 413);
  assert.deepEqual(codes(tooLarge), ['PAYLOAD_TOO_LARGE']);
});

test('10,000-item lists are refused with a code', async () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => `id-${i}`);
  const cases: [string, Record<string, unknown>][] = [
    ['query($ids: [ID!]!) { concepts(ids: $ids) { id name } }', { ids }],
    ['query($ids: [ID!]!) { lowestCommonAncestors(ids: $ids) { id } }', { ids }],
    ['mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created } }', { r: ids.map((id) => ({ id, text: 'x' })) }],
    [
      'mutation($s: [SpanInput!]!) { addSpans(reportId: "none", spans: $s) { id } }',
      { s: ids.map((_, i) => ({ start: i, end: i + 1, label: 'OBS-DP' })) },
    ],
  ];
  for (const [query, variables] of cases) {
    const response = await api.gql(query, variables);
    assertCodedAnswer(response, query);
    assert.ok(response.errors && response.errors.length > 0, `${query} must be refused`);
  }
});

test('deep nesting is refused before execution, even far past the depth limit', async () => {
  const nested = (depth: number): string => `{ concept(id: "D010996") { ${'parents { '.repeat(depth)}id${' }'.repeat(depth)} } }`;
  for (const depth of [20, 2_000]) {
    const response = await api.gql(nested(depth));
    assertCodedAnswer(response, `depth ${depth}`);
    assert.equal(response.status, 400);
    assert.ok(['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED'].includes(codes(response).join()), codes(response).join());
  }
  const brackets = await api.gql(`{ searchConcepts(text: "x", limit: ${'['.repeat(50_000)}1${']'.repeat(50_000)}) { score } }`);
  assertCodedAnswer(brackets, 'nested list literal');
  assert.ok(brackets.errors && brackets.errors.length > 0);
});

test('wrong types in literals and variables are coded errors', async () => {
  const cases: [string, Record<string, unknown>][] = [
    ['{ searchConcepts(text: "x", limit: "ten") { score } }', {}],
    ['{ searchConcepts(text: 5) { score } }', {}],
    ['query($l: Int!) { searchConcepts(text: "x", limit: $l) { score } }', { l: 1e20 }],
    ['query($l: Int!) { searchConcepts(text: "x", limit: $l) { score } }', { l: 'NaN' }],
    ['query($t: String!) { extract(text: $t) { mentions { start } } }', { t: ['a', 'b'] }],
    ['query($f: ReportFilter) { reports(filter: $f) { edges { cursor } } }', { f: { assertion: 'MAYBE' } }],
    ['query($d: Int!) { concept(id: "D010996") { ancestors(maxDepth: $d) { distance } } }', { d: -5 }],
  ];
  for (const [query, variables] of cases) {
    const response = await api.gql(query, variables);
    assertCodedAnswer(response, `${query} ${JSON.stringify(variables)}`);
    assert.ok(response.errors && response.errors.length > 0, `${query} ${JSON.stringify(variables)} must be refused`);
  }
});
