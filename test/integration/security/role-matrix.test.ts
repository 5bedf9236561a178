/**
 * Every query and mutation, tried by every kind of caller, must give what README.md's
 * access-control table says — and every operation of the schema must have a row there.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApiSchema } from '../../../src/api/schema';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { GraphQLResponse, startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { Caller, CALLERS, Outcome, readAccessTable } from './readme-table';
import { createTestKeys, TestKeys } from './test-keys';

/**
 * A minimal valid document per operation; %CALLER% becomes the caller's slug, so mutations
 * run by several callers do not collide. Adding an operation is one line here plus a README row.
 */
const DOCUMENTS: Record<string, string> = {
  'Query.auditEvents': '{ auditEvents(first: 1) { seq } }',
  'Query.concept': '{ concept(id: "D010996") { id } }',
  'Query.concepts': '{ concepts(ids: ["D010996", "missing"]) { id } }',
  'Query.extract': '{ extract(text: "Small right pleural effusion.") { mentions { start } } }',
  'Query.lowestCommonAncestors': '{ lowestCommonAncestors(ids: ["D010996", "D011014"]) { id } }',
  'Query.ontologyStats': '{ ontologyStats { concepts } }',
  'Query.report': '{ report(id: "rm-shared") { id } }',
  'Query.reports': '{ reports(first: 1) { edges { cursor } } }',
  'Query.searchConcepts': '{ searchConcepts(text: "effusion", limit: 2) { score } }',
  'Mutation.addSpans': 'mutation { addSpans(reportId: "rm-%CALLER%", spans: [{ start: 0, end: 5, label: "OBS-DP" }]) { id } }',
  'Mutation.importSpans': 'mutation { importSpans(jsonl: "{\\"reportId\\":\\"rm-shared\\",\\"spans\\":[]}") { reports } }',
  'Mutation.ingestReports':
    'mutation { ingestReports(reports: [{ id: "rm-new-%CALLER%", text: "No pneumothorax." }]) { created updated } }',
  'Query.similarCases': '{ similarCases(reportId: "rm-shared", k: 2) { score } }',
  'Query.compareReports': '{ compareReports(a: "rm-shared", b: "rm-reader") { score } }',
  'Query.labelSets': '{ labelSets { name } }',
  'Query.labelPrevalence': '{ labelPrevalence(labelSet: "chexpert") { label positive } }',
  'Query.taggers': '{ taggers { id } }',
  'Query.trainingRun': '{ trainingRun(id: "missing") { id } }',
  'Query.trainingRuns': '{ trainingRuns(first: 1) { edges { cursor } } }',
  'Query.tagSpans': '{ tagSpans(text: "Small effusion.", taggerId: "missing") { start } }',
  // Invalid on purpose: an admin reaches validation (BAD_USER_INPUT) and no training starts.
  'Mutation.trainTagger': 'mutation { trainTagger(input: { name: "rm", epochs: 0 }) { id } }',
  'Mutation.cancelTraining': 'mutation { cancelTraining(id: "missing") { id } }',
  'Mutation.activateTagger': 'mutation { activateTagger(id: "missing") { id } }',
};

const slug = (caller: Caller): string => caller.replace(' ', '-');
let db: Database;
let api: TestApi;
let keys: TestKeys;

function keyOf(caller: Caller): string | undefined {
  return { 'no key': undefined, reader: keys.reader, annotator: keys.annotator, admin: keys.admin, 'revoked key': keys.revoked }[caller];
}

function outcomeOf(response: GraphQLResponse, field: string): string {
  const codes = new Set((response.errors ?? []).map((e) => String(e.extensions?.code)));
  if (codes.size === 0) return response.data?.[field] === undefined ? 'no data' : 'ok';
  return [...codes].join('+');
}

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  keys = createTestKeys();
  api = await startTestApi(db.executor, { keysFile: keys.keysFile });
  const reports = ['shared', ...CALLERS.map(slug)].map((id) => ({ id: `rm-${id}`, text: 'Small right pleural effusion.' }));
  const stored = await api.gql('mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created } }', { r: reports }, keys.admin);
  assert.equal(stored.data?.ingestReports.created, reports.length);
  // The key to be revoked works until the keys file says otherwise.
  assert.equal(outcomeOf(await api.gql('{ ontologyStats { concepts } }', {}, keys.revoked), 'ontologyStats'), 'ok');
  keys.revoke();
});
after(async () => {
  await api.close();
  await db.close();
  keys.remove();
});

test('every Query and Mutation field has a row in the README table and a document here', async () => {
  const schema = await buildApiSchema();
  const operations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
  ].sort();
  const table = readAccessTable();
  assert.deepEqual(
    operations.filter((op) => !table.has(op)),
    [],
    'operations without a README row',
  );
  assert.deepEqual(
    operations.filter((op) => !(op in DOCUMENTS)),
    [],
    'operations without a test document',
  );
  assert.deepEqual(
    [...table.keys()].filter((op) => !operations.includes(op)),
    [],
    'README rows for operations that do not exist',
  );
});

test('each caller gets exactly what the README table says', async () => {
  const table = readAccessTable();
  const mismatches: string[] = [];
  for (const [operation, document] of Object.entries(DOCUMENTS)) {
    const expected = table.get(operation);
    if (!expected) continue; // reported by the test above
    const field = operation.split('.')[1];
    for (const caller of CALLERS) {
      const response = await api.gql(document.replaceAll('%CALLER%', slug(caller)), {}, keyOf(caller));
      const actual = outcomeOf(response, field);
      if (actual !== expected[caller])
        mismatches.push(`${operation} as ${caller}: expected ${expected[caller]}, got ${actual} ${JSON.stringify(response.errors ?? [])}`);
    }
  }
  assert.deepEqual(mismatches, []);
});

test('a caller without the role cannot tell an existing report id from a missing one', async () => {
  const probe = async (query: string, key: string | undefined): Promise<string> => {
    const { status, ...body } = await api.gql(query, {}, key);
    return JSON.stringify({ status, body });
  };
  const addSpans = (id: string): string =>
    `mutation { addSpans(reportId: "${id}", spans: [{ start: 0, end: 3, label: "OBS-DP" }]) { id } }`;
  const report = (id: string): string => `{ report(id: "${id}") { id text } }`;
  const cases: [string, string, string | undefined, Outcome][] = [
    [addSpans('rm-shared'), addSpans('rm-missing'), keys.reader, 'FORBIDDEN'],
    [report('rm-shared'), report('rm-missing'), undefined, 'UNAUTHENTICATED'],
    [report('rm-shared'), report('rm-missing'), keys.revoked, 'UNAUTHENTICATED'],
  ];
  for (const [existing, missing, key, code] of cases) {
    const answer = await probe(existing, key);
    assert.match(answer, new RegExp(`"code":"${code}"`));
    assert.equal(answer, await probe(missing, key));
  }
});
