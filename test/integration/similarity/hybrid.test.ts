/**
 * The hybrid measure on stored demo reports: every explanation adds up to its score with its
 * lexical part, the in-process index and Cypher return the same hybrid ranking, it equals a
 * brute-force fusion of every report's concept score with the query's BM25 neighbours, and
 * compareReports gives a case the score similarCases gave it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createAppServices } from '../../../src/api/services';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { fuseLexical } from '../../../src/similarity/core/hybrid';
import { SimilarityIndex } from '../../../src/similarity/memory/similarity-index';
import { LexicalSearch } from '../../../src/similarity/lexical/lexical-search.service';
import { requireOptions } from '../../../src/similarity/core/options';
import { scoreFromExplanation } from '../../../src/similarity/core/score';
import { SimilarityService } from '../../../src/similarity/similarity.service';
import { demoReports } from '../../support/demo-reports';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const REPORTS = demoReports(60);
let db: Database;
let index: SimilarityIndex;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  const outcome = await createAppServices(db.executor).ingest.ingest(REPORTS);
  assert.equal(outcome.errors.length, 0);
  index = new SimilarityIndex(db.executor);
  await index.load();
});
after(async () => {
  await db.close();
});

test('default similarCases is hybrid: explanations add up, both engines agree, and it equals brute-force fusion', async () => {
  const onIndex = new SimilarityService(db.executor, index);
  const onGraph = new SimilarityService(db.executor, null);
  const lexical = new LexicalSearch(db.executor);
  const opts = requireOptions({});
  assert.ok(opts.lexicalWeight > 0, 'the default measure is the hybrid');
  let withLexical = 0;
  for (const query of REPORTS.slice(0, 12)) {
    const got = await onIndex.similarCases({ reportId: query.id, k: 5, options: {} });
    const graph = await onGraph.similarCases({ reportId: query.id, k: 5, options: {} });
    assert.deepEqual(
      graph.map((c) => c.reportId),
      got.map((c) => c.reportId),
      query.id,
    );
    got.forEach((c, i) => assert.ok(Math.abs(c.score - graph[i].score) <= 1e-9));
    for (const c of got) {
      assert.ok(c.explanation.lexical, 'a hybrid score carries its lexical part');
      assert.equal(scoreFromExplanation(c.explanation, opts.variant), c.score);
      if (c.explanation.lexical.bm25 > 0) withLexical += 1;
    }
    // Brute force: every other report's concept score (0 included), fused with the BM25 neighbours.
    const everyone = await onIndex.similarCases({ reportId: query.id, k: 100, options: { lexicalWeight: 0, minScore: 0 } });
    const scored = new Set(everyone.map((c) => c.reportId));
    const zero = REPORTS.filter((r) => r.id !== query.id && !scored.has(r.id)).map((r) => ({
      reportId: r.id,
      score: 0,
      explanation: {
        ...everyone[0].explanation,
        matched: [],
        queryOnly: [],
        caseOnly: [],
        contradictions: [],
        absentAgreements: [],
        terms: { ...everyone[0].explanation.terms, I: 0, a: 0, b: 0, C: 0 },
      },
    }));
    const hits = await lexical.neighbours(query.text, query.id);
    const want = fuseLexical([...everyone, ...zero], hits, opts, 5);
    assert.deepEqual(
      got.map((c) => c.reportId),
      want.map((c) => c.reportId),
      query.id,
    );
    // compareReports gives the top case the score similarCases gave it.
    const top = got[0];
    const compared = await onIndex.compare(query.id, top.reportId, {});
    assert.ok(Math.abs(compared.score - top.score) <= 1e-9, `${query.id} vs ${top.reportId}`);
  }
  assert.ok(withLexical > 20, `only ${withLexical} cases with BM25 evidence`);
});

test('lexicalWeight 0 is the concept measure alone; 1 is BM25 alone', async () => {
  const service = new SimilarityService(db.executor, index);
  const query = REPORTS[0];
  const concept = await service.similarCases({ reportId: query.id, k: 5, options: { lexicalWeight: 0 } });
  for (const c of concept) assert.equal(c.explanation.lexical, undefined);
  const lexicalOnly = await service.similarCases({ reportId: query.id, k: 5, options: { lexicalWeight: 1 } });
  const hits = await new LexicalSearch(db.executor).neighbours(query.text, query.id);
  assert.deepEqual(
    lexicalOnly.map((c) => c.reportId),
    hits.slice(0, 5).map((h) => h.reportId),
  );
});
