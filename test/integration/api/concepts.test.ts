import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { loadMeshTree } from '../../../src/ontology/mesh/mesh-loader';
import { loadUmls } from '../../../src/ontology/rrf/umls-loader';
import { syntheticCui, writeSyntheticRrf } from '../../../tools/ontology/synthetic-rrf';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const ROOT = resolve(__dirname, '../../../..');

let db: Database;
/** The same API twice: the in-process ontology loaded, and not (Cypher answers, the reference). */
let memoryApi: TestApi;
let cypherApi: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await loadMeshTree(db.executor, join(ROOT, 'test/fixtures/mesh/tree-small.tsv'));
  await loadUmls(db.executor, join(ROOT, 'test/fixtures/umls-small'));
  memoryApi = await startTestApi(db.executor);
  await memoryApi.services.ontologyMemory!.load();
  cypherApi = await startTestApi(db.executor);
});
after(async () => {
  await memoryApi.close();
  await cypherApi.close();
  await db.close();
});

for (const engine of ['memory', 'cypher'] as const) {
  describe(`concept queries (${engine})`, () => {
    let api: TestApi;
    before(() => {
      api = engine === 'memory' ? memoryApi : cypherApi;
    });

    test('a concept with names, types, parents, children and ancestors at their distances', async () => {
      const { data, errors } = await api.gql(`{
        concept(id: "D011014") {
          id name synonyms sources semanticTypes { tui name }
          parents { id } children { id name }
          ancestors(maxDepth: 5) { distance concept { id } }
          isDescendantOf(id: "D012140")
        }
      }`);
      assert.equal(errors, undefined);
      const concept = data!.concept;
      assert.equal(concept.name, 'Pneumonia');
      assert.deepEqual(concept.semanticTypes, [{ tui: 'T047', name: 'Disease or Syndrome' }]);
      assert.deepEqual(concept.parents.map((p: { id: string }) => p.id).sort(), ['D008171', 'D012141']);
      assert.deepEqual(concept.children, [{ id: 'D011020', name: 'Pneumonia, Pneumocystis' }]);
      assert.deepEqual(
        concept.ancestors.map((a: any) => `${a.concept.id}@${a.distance}`),
        ['D008171@1', 'D012141@1', 'D007239@2', 'D012140@2'],
      );
      assert.equal(concept.isDescendantOf, true);
    });

    test('unknown ids give null, concepts() keeps the order', async () => {
      const { data } = await api.gql('{ concept(id: "nope") { id } concepts(ids: ["D012140", "nope", "D011014"]) { id } }');
      assert.equal(data!.concept, null);
      assert.deepEqual(data!.concepts, [{ id: 'D012140' }, null, { id: 'D011014' }]);
    });

    test('descendants, maxDepth and first', async () => {
      const { data } = await api.gql(`{ concept(id: "D012140") {
        one: descendants { distance concept { id } }
        two: descendants(maxDepth: 2, first: 2) { distance concept { id } }
      } }`);
      assert.deepEqual(
        data!.concept.one.map((d: any) => d.concept.id),
        ['D008171', 'D012141'],
      );
      assert.deepEqual(
        data!.concept.two.map((d: any) => `${d.concept.id}@${d.distance}`),
        ['D008171@1', 'D012141@1'],
      );
    });

    test('pathTo and lowestCommonAncestors', async () => {
      const { data } = await api.gql(`{
        concept(id: "D011020") { pathTo(id: "D012141") { id } }
        lowestCommonAncestors(ids: ["D011020", "D012141"]) { id }
        unrelated: lowestCommonAncestors(ids: ["D011014", "C0000005"]) { id }
      }`);
      assert.deepEqual(
        data!.concept.pathTo.map((c: any) => c.id),
        ['D011020', 'D011014', 'D012141'],
      );
      assert.deepEqual(
        data!.lowestCommonAncestors.map((c: any) => c.id),
        ['D012141'],
      );
      assert.deepEqual(data!.unrelated, []);
    });

    test('search: exact, synonym, prefix and fuzzy', async () => {
      const hits = async (text: string) =>
        (await api.gql(`query($t: String!) { searchConcepts(text: $t, limit: 5) { matched score concept { id } } }`, { t: text })).data!
          .searchConcepts as { matched: string; score: number; concept: { id: string } }[];
      const exact = await hits('pneumonia');
      assert.equal(exact[0].matched, 'EXACT');
      assert.equal(exact[0].score, 1);
      assert.ok(['D011014', 'C0000002'].includes(exact[0].concept.id));
      assert.equal((await hits('Pneumonitis'))[0].matched, 'SYNONYM');
      const prefix = await hits('respiratory tract');
      assert.deepEqual(
        prefix.slice(0, 2).map((h) => h.matched),
        ['PREFIX', 'PREFIX'],
      );
      const fuzzy = await hits('pnuemonia');
      assert.equal(fuzzy[0].matched, 'FUZZY');
      assert.ok(fuzzy[0].score < 0.6);
    });

    test('ontologyStats counts what was loaded', async () => {
      const { data } = await api.gql('{ ontologyStats { concepts isaRelations sources { source concepts } } }');
      assert.equal(data!.ontologyStats.concepts, 12);
      assert.ok(data!.ontologyStats.sources.some((s: any) => s.source === 'SNOMEDCT_US' && s.concepts === 2));
    });
  });
}

describe('limits and errors', () => {
  const code = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.[0]?.extensions?.code;

  test('out-of-range arguments are BAD_USER_INPUT naming the argument', async () => {
    const depth = await memoryApi.gql('{ concept(id: "D011014") { ancestors(maxDepth: 21) { distance } } }');
    assert.equal(code(depth), 'BAD_USER_INPUT');
    assert.equal(depth.errors![0].extensions!.argument, 'maxDepth');
    assert.match(depth.errors![0].message, /maxDepth/);
    const first = await memoryApi.gql('{ concept(id: "D011014") { descendants(first: 1001) { distance } } }');
    assert.equal(first.errors![0].extensions!.argument, 'first');
    const limit = await memoryApi.gql('{ searchConcepts(text: "a", limit: 5000) { score } }');
    assert.equal(limit.errors![0].extensions!.argument, 'limit');
    const empty = await memoryApi.gql('{ searchConcepts(text: "   ") { score } }');
    assert.equal(code(empty), 'BAD_USER_INPUT');
    assert.match(empty.errors![0].message, /text must not be empty/);
  });

  test('too deep or too costly queries are refused before they run', async () => {
    const nested = `{ concept(id: "D011014") { ${'parents { '.repeat(12)}id${' }'.repeat(12)} } }`;
    const deep = await memoryApi.gql(nested);
    assert.equal(code(deep), 'QUERY_TOO_COMPLEX');
    assert.match(deep.errors![0].message, /depth/);
    const costly = await memoryApi.gql(
      '{ searchConcepts(text: "a", limit: 1000) { concept { descendants(first: 1000) { concept { descendants(first: 1000) { distance } } } } } }',
    );
    assert.equal(code(costly), 'QUERY_TOO_COMPLEX');
    assert.match(costly.errors![0].message, /cost/);
  });
});

describe('DataLoaders', () => {
  test('100 concepts with parents and children cost at most 3 Cypher round trips', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontocase-synthetic-'));
    await writeSyntheticRrf(dir, { concepts: 150, stringsPerConcept: 2, seed: 7 });
    await loadUmls(db.executor, dir);
    const ids = Array.from({ length: 100 }, (_, i) => syntheticCui(i + 20));
    const response = await cypherApi.gql(
      'query($ids: [ID!]!) { concepts(ids: $ids) { id name parents { id name } children { id name synonyms } } }',
      { ids },
    );
    assert.equal(response.errors, undefined);
    assert.equal(response.data!.concepts.length, 100);
    assert.ok(response.data!.concepts.every((c: any) => c.parents.length === 1));
    assert.ok(response.extensions!.cypherRoundTrips <= 3, `round trips: ${response.extensions!.cypherRoundTrips}`);
  });

  test('the in-process ontology sees the load once it notices the stamp, with no round trip', async () => {
    assert.equal(await memoryApi.services.ontologyMemory!.refreshIfChanged(), true);
    const response = await memoryApi.gql('{ concept(id: "C0000021") { id parents { id } ancestors { distance } } }');
    assert.equal(response.errors, undefined);
    assert.equal(response.data!.concept.parents.length, 1);
    assert.equal(response.extensions!.cypherRoundTrips, 0);
  });
});
