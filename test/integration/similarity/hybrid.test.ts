/**
 * The hybrid measure on stored demo reports: every explanation adds up to its score with its
 * lexical part; on each engine (the in-process index with its own BM25, Cypher with Lucene's)
 * it equals a brute-force fusion of every report's concept score with the query's BM25
 * neighbours, and compareReports gives a case the score similarCases gave it. How closely
 * the two BM25s agree: lexical-vs-lucene.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createAppServices } from '../../../src/api/services';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { emptyExplanation, fuseLexical, type LexicalHit } from '../../../src/similarity/core/hybrid';
import { lexicalInIndex } from '../../../src/similarity/memory/index-lexical';
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

/** The in-process engine ranks with its own BM25 (mirroring Lucene), the graph engine with Lucene's. */
const hitsOf = (engine: 'index' | 'graph', id: string, text: string): Promise<LexicalHit[]> | LexicalHit[] =>
  engine === 'index' ? lexicalInIndex(index.current!, { reportId: id }) : new LexicalSearch(db.executor).neighbours(text, id);

test('default similarCases is hybrid: explanations add up, and on each engine it equals brute-force fusion with its BM25', async () => {
  const opts = requireOptions({});
  assert.ok(opts.lexicalWeight > 0, 'the default measure is the hybrid');
  for (const engine of ['index', 'graph'] as const) {
    const service = new SimilarityService(db.executor, engine === 'index' ? index : null);
    let withLexical = 0;
    for (const query of REPORTS.slice(0, 12)) {
      const got = await service.similarCases({ reportId: query.id, k: 5, options: {} });
      for (const c of got) {
        assert.ok(c.explanation.lexical, 'a hybrid score carries its lexical part');
        assert.equal(scoreFromExplanation(c.explanation, opts.variant), c.score);
        if (c.explanation.lexical.bm25 > 0) withLexical += 1;
      }
      // Brute force: every other report's concept score (0 included), fused with the BM25 neighbours.
      const everyone = await service.similarCases({ reportId: query.id, k: 100, options: { lexicalWeight: 0, minScore: 0 } });
      const scored = new Set(everyone.map((c) => c.reportId));
      const zero = REPORTS.filter((r) => r.id !== query.id && !scored.has(r.id)).map((r) => ({
        reportId: r.id,
        score: 0,
        explanation: emptyExplanation(everyone[0].explanation.terms),
      }));
      const want = fuseLexical([...everyone, ...zero], await hitsOf(engine, query.id, query.text), opts, 5);
      assert.deepEqual(
        got.map((c) => c.reportId),
        want.map((c) => c.reportId),
        `${engine}: ${query.id}`,
      );
      got.forEach((c, i) => assert.ok(Math.abs(c.score - want[i].score) <= 1e-9));
      // compareReports gives the top case the score similarCases gave it.
      const top = got[0];
      const compared = await service.compare(query.id, top.reportId, {});
      assert.ok(Math.abs(compared.score - top.score) <= 1e-9, `${engine}: ${query.id} vs ${top.reportId}`);
    }
    assert.ok(withLexical > 20, `${engine}: only ${withLexical} cases with BM25 evidence`);
  }
});

test('lexicalWeight 0 is the concept measure alone; 1 is BM25 alone', async () => {
  const query = REPORTS[0];
  for (const engine of ['index', 'graph'] as const) {
    const service = new SimilarityService(db.executor, engine === 'index' ? index : null);
    const concept = await service.similarCases({ reportId: query.id, k: 5, options: { lexicalWeight: 0 } });
    for (const c of concept) assert.equal(c.explanation.lexical, undefined);
    const lexicalOnly = await service.similarCases({ reportId: query.id, k: 5, options: { lexicalWeight: 1 } });
    assert.deepEqual(
      lexicalOnly.map((c) => c.reportId),
      (await hitsOf(engine, query.id, query.text)).slice(0, 5).map((h) => h.reportId),
      engine,
    );
  }
});
