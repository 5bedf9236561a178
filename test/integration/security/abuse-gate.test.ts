/**
 * The abuse probe's findings, over HTTP against a keyed production-mode server: each
 * document that froze the server or gave a 500 is refused with a code; callers without a
 * key never reach GraphQL work; refusals are audited without text; nothing leaks.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { createTestKeys, TestKeys } from './test-keys';

let db: Database;
let keys: TestKeys;
let api: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  keys = createTestKeys();
  api = await startTestApi(db.executor, {
    keysFile: keys.keysFile,
    mode: 'production',
    introspection: false,
    landingPage: false,
    rateLimit: { perSecond: 1000, burst: 1000 },
  });
});
after(async () => {
  await api.close();
  await db.close();
  keys.remove();
});

const codeOf = (answer: { errors?: { extensions?: Record<string, any> }[] }): unknown => answer.errors?.[0]?.extensions?.code;

test('without a key, even a 180 KB document is refused before any GraphQL work: 401, not 500', async () => {
  const answer = await api.gql(`{ ontologyStats { ${'concepts '.repeat(20_000)} } }`);
  assert.equal(answer.status, 401);
  assert.equal(codeOf(answer), 'UNAUTHENTICATED');
});

test('with a key, the probe documents are refused with a code and HTTP 400', async () => {
  let fragments = 'fragment F0 on Concept { id name }';
  for (let i = 1; i <= 23; i += 1) fragments += ` fragment F${i} on Concept { ...F${i - 1} ...F${i - 1} }`;
  const documents: [string, string][] = [
    [`{ ontologyStats { ${'concepts '.repeat(20_000)} } }`, 'QUERY_TOO_COMPLEX'],
    [`{ ${Array.from({ length: 5_000 }, (_, i) => `x${i}: concept(id: "${i}") { id }`).join(' ')} }`, 'QUERY_TOO_COMPLEX'],
    [`{ concept(id: "x") { ...F23 } } ${fragments}`, 'QUERY_TOO_COMPLEX'],
    ['query A { ontologyStats { concepts } } query B { ontologyStats { reports } }', 'BAD_REQUEST'],
    ['subscription { x }', 'BAD_REQUEST'],
    [`{ ${Array.from({ length: 200_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`, 'QUERY_TOO_COMPLEX'],
  ];
  for (const [query, code] of documents) {
    const answer = await api.gql(query, {}, keys.reader);
    assert.deepEqual([answer.status, codeOf(answer)], [400, code], query.slice(0, 60));
  }
});

test('cost counts text: ten aliases of extract with 200 k characters each are refused', async () => {
  const text = 'Small right pleural effusion. '.repeat(6_700);
  const query = `query($t: String!) { ${Array.from({ length: 10 }, (_, i) => `e${i}: extract(text: $t) { mentions { start } }`).join(' ')} }`;
  const answer = await api.gql(query, { t: text }, keys.reader);
  assert.deepEqual([answer.status, codeOf(answer)], [400, 'QUERY_TOO_COMPLEX']);
});

test("many aliases of database fields from one key leave another key's query unharmed", async () => {
  const heavy = `{ ${Array.from({ length: 45 }, (_, i) => `s${i}: searchConcepts(text: "effusion ${i}", limit: 5) { score }`).join(' ')} }`;
  const [flood, cheap] = await Promise.all([
    Promise.all(Array.from({ length: 8 }, () => api.gql(heavy, {}, keys.reader))),
    api.gql('{ ontologyStats { concepts } }', {}, keys.annotator),
  ]);
  assert.deepEqual(
    flood.flatMap((a) => a.errors ?? []),
    [],
  );
  assert.deepEqual(cheap.errors, undefined);
});

test('no suggestions and no echoed input values outside open demo mode', async () => {
  const typo = await api.gql('{ repor { id } }', {}, keys.reader);
  assert.equal(codeOf(typo), 'GRAPHQL_VALIDATION_FAILED');
  assert.doesNotMatch(typo.errors![0].message, /Did you mean|reports/);
  const name = 'JANE_DOE_PATIENT';
  const literal = await api.gql(`{ reports(filter: { assertion: ${name} }) { edges { node { id } } } }`, {}, keys.reader);
  assert.equal(codeOf(literal), 'GRAPHQL_VALIDATION_FAILED');
  assert.doesNotMatch(JSON.stringify(literal), new RegExp(name));
  const variable = await api.gql(
    'query($f: ReportFilter) { reports(filter: $f) { edges { node { id } } } }',
    { f: { assertion: 'Jane Doe' } },
    keys.reader,
  );
  assert.equal(codeOf(variable), 'BAD_USER_INPUT');
  assert.doesNotMatch(JSON.stringify(variable), /Jane Doe|Did you mean/);
});

test('refused requests are audited: who, the operation when known, why — and no text', async () => {
  await api.gql('query Secret { ontologyStats { concepts } }', {}, 'oc_abcdefgh_notARealSecretButLongEnough000000');
  await api.gql('query Probe { auditEvents(first: 1) { seq } }', {}, keys.reader);
  await api.gql(`query Big { ${Array.from({ length: 60 }, (_, i) => `x${i}: ontologyStats { concepts }`).join(' ')} }`, {}, keys.reader);
  const { data } = await api.gql('{ auditEvents(first: 200) { keyId keyName role operation kind outcome errorCodes } }', {}, keys.admin);
  const events = data!.auditEvents as { keyId: string; operation: string; kind: string; errorCodes: string[] }[];
  const find = (predicate: (e: (typeof events)[number]) => boolean) => events.find(predicate);
  assert.ok(find((e) => e.keyId === 'invalid:abcdefgh' && e.kind === 'REFUSED' && e.errorCodes[0] === 'UNAUTHENTICATED'));
  assert.ok(find((e) => e.keyId === 'anonymous' && e.errorCodes[0] === 'UNAUTHENTICATED'));
  assert.ok(find((e) => e.operation === 'Probe' && e.errorCodes.includes('FORBIDDEN')));
  assert.ok(find((e) => e.operation === 'Big' && e.kind === 'REFUSED' && e.errorCodes[0] === 'QUERY_TOO_COMPLEX'));
  assert.doesNotMatch(JSON.stringify(events), /notARealSecret/);
});

test('a chunked body over the limit gets 413, not a reset', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${api.url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.reader}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 11) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
  assert.equal(status, 413);
});
