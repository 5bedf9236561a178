/** Rate limit, CORS, production mode and the open-mode bind guard, over HTTP as clients see them. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runServerToExit } from '../../support/server-process';
import type { Database } from '../../../src/db/database';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { createTestKeys, TestKeys } from './test-keys';

const STATS = '{ ontologyStats { concepts } }';
let db: Database;
let keys: TestKeys;
let api: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  keys = createTestKeys();
  api = await startTestApi(db.executor, {
    keysFile: keys.keysFile,
    rateLimit: { perSecond: 1, burst: 2 },
    corsOrigins: ['https://app.example.org'],
    mode: 'production',
    introspection: false,
    landingPage: false,
  });
});
after(async () => {
  await api.close();
  await db.close();
  keys.remove();
});

test('a key over its rate gets 429 with Retry-After and RATE_LIMITED; other keys are unaffected', async () => {
  const answers = [];
  for (let i = 0; i < 6; i += 1) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.reader}` },
      body: JSON.stringify({ query: STATS }),
    });
    answers.push({ status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any });
  }
  const limited = answers.filter((a) => a.status === 429);
  assert.ok(limited.length >= 1, `statuses ${answers.map((a) => a.status).join(', ')}`);
  for (const answer of limited) {
    assert.ok(Number(answer.retryAfter) >= 1);
    assert.equal(answer.body.errors[0].extensions.code, 'RATE_LIMITED');
  }
  assert.equal((await api.gql(STATS, {}, keys.annotator)).status, 200);
});

test('CORS: an allowed origin gets the header; a preflight from an unknown origin gets 403', async () => {
  const allowed = await fetch(`${api.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
  });
  assert.equal(allowed.status, 204);
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example.org');
  const unknown = await fetch(`${api.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
  });
  assert.equal(unknown.status, 403);
  assert.equal(unknown.headers.get('access-control-allow-origin'), null);
  const post = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://app.example.org', authorization: `Bearer ${keys.admin}` },
    body: JSON.stringify({ query: STATS }),
  });
  assert.equal(post.headers.get('access-control-allow-origin'), 'https://app.example.org');
});

test('production mode: introspection is refused and there is no landing page', async () => {
  const introspection = await api.gql('{ __schema { queryType { name } } }', {}, keys.admin);
  assert.equal(introspection.data, undefined);
  assert.equal(introspection.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  assert.match(introspection.errors[0].message, /introspection/i);
  const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html', authorization: `Bearer ${keys.admin}` } });
  assert.ok(!(page.headers.get('content-type') ?? '').includes('text/html'), 'no HTML landing page');
  assert.ok(page.status >= 400);
});

test('open demo mode refuses to bind a non-loopback address', async () => {
  const { code, output } = await runServerToExit({
    NEO4J_URI: process.env.NEO4J_URI,
    HOST: '0.0.0.0',
    ONTOCASE_KEYS_FILE: '/nonexistent/keys.json',
    ONTOCASE_API_KEYS: '',
  });
  assert.notEqual(code, 0);
  assert.match(output, /No API keys are configured, so the server may only bind to 127\.0\.0\.1, not 0\.0\.0\.0/);
});

test('GraphQL answers carry patient data and are never cached: cache-control no-store', async () => {
  // A key no other test here spends (the admin key's bucket of 2 may be empty by now).
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.revoked}` },
    body: JSON.stringify({ query: STATS }),
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
});
