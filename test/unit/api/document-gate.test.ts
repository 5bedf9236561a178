/** The structural limits refuse each document shape the abuse probe used, with a code. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cachedDocumentCheck, checkDocument, DEFAULT_DOCUMENT_LIMITS } from '../../../src/api/document-gate';

const code = (query: string, operationName: string | null = null): string | null => checkDocument(query, operationName)?.code ?? null;

test('ordinary documents pass, several operations with a name too', () => {
  assert.equal(code('{ concept(id: "D010996") { name ancestors(maxDepth: 3) { distance concept { id name } } } }'), null);
  assert.equal(code('query A { ontologyStats { concepts } } query B { ontologyStats { reports } }', 'B'), null);
  const fragments = 'query Q { concept(id: "x") { ...C parents { ...C } } } fragment C on Concept { id name }';
  assert.equal(code(fragments), null);
});

test('20,000 repeated fields (180 KB) are refused by size, and by repeats within the size', () => {
  assert.equal(code(`{ ontologyStats { ${'concepts '.repeat(20_000)} } }`), 'QUERY_TOO_COMPLEX');
  assert.equal(code(`{ ontologyStats { ${'concepts '.repeat(200)} } }`), 'QUERY_TOO_COMPLEX');
});

test('thousands of aliases, and 200 k __typename aliases, are refused', () => {
  const aliases = Array.from({ length: 5_000 }, (_, i) => `x${i}: concept(id: "${i}") { id }`).join(' ');
  assert.equal(code(`{ ${aliases} }`), 'QUERY_TOO_COMPLEX');
  const few = Array.from({ length: 60 }, (_, i) => `x${i}: concept(id: "${i}") { id }`).join(' ');
  assert.equal(code(`{ ${few} }`), 'QUERY_TOO_COMPLEX');
  assert.equal(code(`{ ${Array.from({ length: 200_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`), 'QUERY_TOO_COMPLEX');
});

test('doubling fragments (1 KB, 23 levels) are measured once each and refused', () => {
  let fragments = 'fragment F0 on Concept { id name }';
  for (let i = 1; i <= 23; i += 1) fragments += ` fragment F${i} on Concept { ...F${i - 1} ...F${i - 1} }`;
  const refusal = checkDocument(`{ concept(id: "x") { ...F23 } } ${fragments}`, null);
  assert.equal(refusal?.code, 'QUERY_TOO_COMPLEX');
  assert.match(refusal.message, /fields/);
});

test('depth beyond the limit is refused, cycles do not loop', () => {
  const deep = `{ concept(id: "x") { ${'parents { '.repeat(DEFAULT_DOCUMENT_LIMITS.maxDepth)}id${' }'.repeat(DEFAULT_DOCUMENT_LIMITS.maxDepth)} } }`;
  assert.equal(code(deep), 'QUERY_TOO_COMPLEX');
  assert.equal(code('{ concept(id: "x") { ...A } } fragment A on Concept { ...B } fragment B on Concept { ...A }'), null);
});

test('operation selection: several without a name, an unknown name, none, subscriptions, unused fragments', () => {
  assert.equal(code('query A { ontologyStats { concepts } } query B { ontologyStats { reports } }'), 'BAD_REQUEST');
  assert.equal(code('query A { ontologyStats { concepts } }', 'Nope'), 'BAD_REQUEST');
  assert.equal(code('fragment F on Concept { id }'), 'BAD_REQUEST');
  assert.equal(code('subscription { x }'), 'BAD_REQUEST');
  assert.equal(code('{ ontologyStats { concepts } } fragment F on Concept { id }'), 'BAD_REQUEST');
  const many = Array.from({ length: 11 }, (_, i) => `query Q${i} { ontologyStats { concepts } }`).join(' ');
  assert.equal(code(many, 'Q0'), 'QUERY_TOO_COMPLEX');
});

test('a token flood and broken syntax are coded', () => {
  assert.equal(code(`{ ontologyStats(${'a: 1, '.repeat(3_000)}) { concepts } }`), 'QUERY_TOO_COMPLEX');
  assert.equal(code('{ ontologyStats { '), 'GRAPHQL_PARSE_FAILED');
});

test('the cached check gives the verdict of the check itself, for repeated documents and operation names', () => {
  const check = cachedDocumentCheck();
  const documents: [string, string | null][] = [
    ['{ concept(id: "D010996") { name } }', null],
    ['{ concept(id: "D010996") { name } }', null],
    ['query A { ontologyStats { concepts } } query B { ontologyStats { reports } }', 'B'],
    ['query A { ontologyStats { concepts } } query B { ontologyStats { reports } }', null],
    ['query A { ontologyStats { concepts } } query B { ontologyStats { reports } }', 'C'],
    [`{ ontologyStats { ${'concepts '.repeat(200)} } }`, null],
    [`{ ontologyStats { ${'concepts '.repeat(200)} } }`, null],
    [`{ ontologyStats { ${'concepts '.repeat(20_000)} } }`, null],
    ['{ concept(id: ', null],
    ['{ concept(id: ', null],
  ];
  for (const [query, operationName] of documents) {
    assert.deepEqual(check(query, operationName), checkDocument(query, operationName, DEFAULT_DOCUMENT_LIMITS));
  }
});
