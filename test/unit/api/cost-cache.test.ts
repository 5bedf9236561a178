/**
 * The remembered cost of a repeated document always equals the cost computed afresh: the
 * variables that change a cost (page sizes, lists, text, @skip/@include conditions) are
 * part of what is remembered, the others (ids) are not.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import { CostCache, queryCost } from '../../../src/api/limits';

test('a cached cost equals a fresh one, request after request, whatever the variables', async () => {
  const schema = await buildApiSchema();
  const cache = new CostCache();
  const search = parse('query S($t: String!, $n: Int) { searchConcepts(text: $t, limit: $n) { concept { id } } }');
  const reports = parse(
    'query R($id: ID!, $f: Int!, $deep: Boolean!) { concept(id: $id) { reports(first: $f) { edges { node { id } } } ancestors @include(if: $deep) { concept { id } } } }',
  );
  const requests: [typeof search, Record<string, unknown>][] = [
    [search, { t: 'effusion', n: 5 }],
    [search, { t: 'effusion', n: 5 }],
    [search, { t: 'effusion', n: 500 }],
    [search, { t: 'effusion' }], // the default limit
    [search, { t: 'x'.repeat(50_000), n: 5 }], // long text: costed afresh, never kept
    [search, { t: 'x'.repeat(50_000), n: 5 }],
    [reports, { id: 'D1', f: 10, deep: false }],
    [reports, { id: 'D2', f: 10, deep: false }], // another id: the same cost
    [reports, { id: 'D2', f: 10_000, deep: false }],
    [reports, { id: 'D2', f: 10, deep: true }],
    [reports, { id: 'D3', f: 10_000, deep: true }],
  ];
  const costs = requests.map(([document, variables]) => {
    const cached = cache.cost(schema, document, undefined, variables);
    assert.equal(cached, queryCost(schema, document, undefined, variables), JSON.stringify(variables).slice(0, 80));
    return cached;
  });
  assert.ok(costs[2]! > costs[0]!, 'a larger page costs more');
  assert.equal(costs[6], costs[7]);
  assert.ok(costs[8]! > costs[7]! && costs[9]! > costs[7]!, 'a larger page and an included field cost more');
});

test('variables that do not coerce are not costed, and not remembered as costing nothing', async () => {
  const schema = await buildApiSchema();
  const cache = new CostCache();
  const document = parse('query R($id: ID!, $f: Int!) { concept(id: $id) { reports(first: $f) { edges { node { id } } } } }');
  assert.equal(cache.cost(schema, document, undefined, { id: { not: 'an id' }, f: 1_000_000 }), null);
  const cost = cache.cost(schema, document, undefined, { id: 'D1', f: 1_000_000 });
  assert.equal(cost, queryCost(schema, document, undefined, { id: 'D1', f: 1_000_000 }));
  assert.ok(cost! > 1_000_000);
});
