/**
 * Report text never reaches a log: the real server process runs every report path —
 * including failing ones — on text carrying a marker, and no log line (server or Neo4j)
 * may contain it. Errors sent to clients must not carry report text either.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { ServerProcess, startServerProcess } from '../../support/server-process';
import type { Database } from '../../../src/db/database';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { createTestKeys, TestKeys } from './test-keys';

/** In stored report text only. */
const TEXT_MARKER = 'ZZMARKER-7f3a';
/** In arguments of requests that fail. */
const ARG_MARKER = 'ZZARGMARK-91c2';
const TEXT = `FINDINGS: ${TEXT_MARKER} small right pleural effusion. No pneumothorax.\nIMPRESSION: Pneumonia ${TEXT_MARKER}.`;

let db: Database;
let keys: TestKeys;
let server: ServerProcess;
const errors: { code: string; message: string }[] = [];

async function post(body: string, key?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  const parsed = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  for (const e of parsed.errors ?? []) errors.push({ code: String(e.extensions?.code), message: e.message });
  assert.notEqual(response.status, 500);
  return { status: response.status, body: parsed };
}
const gql = (query: string, variables: Record<string, unknown> = {}, key = keys.admin) => post(JSON.stringify({ query, variables }), key);

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  keys = createTestKeys();
  server = await startServerProcess({
    NEO4J_URI: process.env.NEO4J_URI,
    ONTOCASE_KEYS_FILE: keys.keysFile,
    ONTOCASE_API_KEYS: '',
    LOG_LEVEL: 'debug',
    // The ontology is enough: the test ingests its own marked report.
    ONTOCASE_DEMO_SEED: 'ontology',
  });
});
after(async () => {
  await server?.stop();
  await db.close();
  keys.remove();
});

test('every report path, failing ones included, runs without the marker reaching a log', async () => {
  const ingest = 'mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created failed errors { message } } }';
  const stored = await gql(ingest, {
    r: [
      { id: 'phi-1', text: TEXT },
      { id: 'phi-2', text: `${TEXT}\uD800` },
      { id: '', text: TEXT },
    ],
  });
  assert.equal(stored.body.data.ingestReports.created, 1);
  assert.equal(stored.body.data.ingestReports.failed, 2);
  assert.ok(
    (await gql('query($t: String!) { extract(text: $t) { mentions { text } } }', { t: TEXT })).body.data.extract.mentions.length > 0,
  );
  assert.equal((await gql('{ report(id: "phi-1") { text mentions { text } } }')).body.data.report.text, TEXT);
  await gql('{ reports(first: 5) { edges { node { id text concepts { concept { id } } } } } }');
  await gql('{ searchConcepts(text: "' + ARG_MARKER + ' effusion") { concept { id } } }');

  const failing: [string, Record<string, unknown>][] = [
    [
      'mutation($s: [SpanInput!]!) { addSpans(reportId: "phi-1", spans: $s) { id } }',
      {
        s: [
          { start: 0, end: 99999, label: 'OBS-DP' },
          { start: 0, end: 3, label: ARG_MARKER },
        ],
      },
    ],
    ['mutation($s: [SpanInput!]!) { addSpans(reportId: "' + ARG_MARKER + '", spans: $s) { id } }', { s: [] }],
    [
      'mutation($j: String!) { importSpans(jsonl: $j) { reports } }',
      { j: `{"reportId":"phi-1","text":"${ARG_MARKER} other text","spans":[]}\n{"reportId": "${ARG_MARKER}` },
    ],
    ['query($a: String) { reports(after: $a) { edges { cursor } } }', { a: ARG_MARKER }],
    ['query($t: String!) { extract(text: $t) { mentions { text } } }', { t: `${ARG_MARKER} `.repeat(25_000) }],
    [ingest, { r: [{ id: 'phi-3', text: `${ARG_MARKER} text`, unknownField: ARG_MARKER }] }],
    [ingest, { r: [{ id: 'phi-4', text: { nested: `${ARG_MARKER} text` } }] }],
    ['{ searchConcepts(text: "' + ARG_MARKER + '", limit: -1) { score } }', {}],
    ['{ concept(id: "' + ARG_MARKER + '") { ' + ARG_MARKER + ' } }', {}],
  ];
  for (const [query, variables] of failing) {
    const { body } = await gql(query, variables);
    assert.ok(body.errors?.length > 0, `expected an error for ${query}`);
  }
  await post(`{"query": "{ searchConcepts(text: \\"${ARG_MARKER}) }"}`);
  await post(`{"query": "${ARG_MARKER}`);
  await gql(`{ report(id: "${ARG_MARKER}") { text } }`, {}, ARG_MARKER);
  await gql(`{ report(id: "phi-1") { text } }`, {}, keys.revoked);

  await server.stop();
  const logged = server.output();
  assert.ok(logged.includes('GraphQL API ready'), 'the output was captured');
  for (const marker of [TEXT_MARKER, ARG_MARKER]) {
    const lines = logged.split('\n').filter((line) => line.includes(marker));
    assert.deepEqual(lines, [], `server log lines with ${marker}`);
  }
});

test('the Neo4j logs hold no marker either', { skip: !process.env.ONTOCASE_TEST_NEO4J_LOG && 'no managed test Neo4j' }, () => {
  const dir = dirname(process.env.ONTOCASE_TEST_NEO4J_LOG!);
  const files = readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
  assert.ok(files.length > 0);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes(TEXT_MARKER) && !text.includes(ARG_MARKER), `${file} holds a marker`);
  }
});

test('no error sent to a client carries report text, and no server error carries any marker', () => {
  assert.ok(errors.length >= 12, `errors seen: ${errors.length}`);
  assert.deepEqual(
    errors.filter((e) => e.message.includes(TEXT_MARKER)),
    [],
  );
  assert.deepEqual(
    errors.filter((e) => e.code === 'INTERNAL_SERVER_ERROR'),
    [],
  );
});
