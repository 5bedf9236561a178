/**
 * The in-process index against Cypher and the reference on the same random worlds: loaded
 * from the graph, then kept current through the ingest hook while new reports arrive and
 * stored ones are replaced. Same ids, order, scores (1e-9) and explanations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { ReportRepository } from '../../../src/reports/report.repository';
import { buildCorpusStats, rankCandidates, type ReportConcepts } from '../../../src/similarity/core';
import { rankInGraph } from '../../../src/similarity/graph-similarity';
import { rankInIndex } from '../../../src/similarity/memory/index-ranker';
import { SimilarityIndex } from '../../../src/similarity/memory/similarity-index';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { allowed, assertSameRanking, randomFilter, randomOptions, randomQuery } from '../../support/similarity/random-cases';
import { prng, randomWorld, storeWorld, toStored, type World } from '../../support/similarity/random-world';

let db: Database;
before(async () => {
  db = await openTestDatabase();
});
after(async () => db.close());

/** Stores reports the way IngestService does: upsert, then the onStored listeners. */
async function ingest(index: SimilarityIndex, world: World, reports: ReportConcepts[]): Promise<void> {
  const stored = reports.map((r) => toStored(r, world.modalities.get(r.id) ?? null, world.studyDates?.get(r.id) ?? null));
  await new ReportRepository(db.executor).upsert(stored);
  index.onStored(stored);
}

describe('the similarity index equals Cypher and the reference', () => {
  for (const seed of [11, 23]) {
    test(`seed ${seed}: load, ingest, re-ingest, then random queries of every variant`, async (t) => {
      const rand = prng(seed);
      await resetDatabase(db);
      const full = randomWorld(rand, 30 + Math.floor(rand() * 20), 60 + Math.floor(rand() * 30));
      const loadedPart = full.reports.slice(0, 40);
      await storeWorld(db.executor, { ...full, reports: loadedPart });
      const index = new SimilarityIndex(db.executor, 7); // small pages: pagination is exercised
      await index.load();
      assert.equal(index.current?.size, loadedPart.length);

      await ingest(index, full, full.reports.slice(40));
      const replaced = full.reports.slice(0, 12).map((r, i) => ({ ...full.reports[(i * 7 + 5) % full.reports.length], id: r.id }));
      await ingest(index, full, replaced);
      const byId = new Map(replaced.map((r) => [r.id, r]));
      const world: World = { ...full, reports: full.reports.map((r) => byId.get(r.id) ?? r) };
      assert.equal(await index.refreshIfChanged(), false, 'the index agrees with the graph after the ingests');

      const corpus = index.current;
      const stats = buildCorpusStats(world.reports, world.view);
      let compared = 0;
      let cypherNearTies = 0;
      for (let n = 0; n < 60; n += 1) {
        const options = randomOptions(rand, world.ids);
        const { query, exclude } = randomQuery(rand, world);
        const filter = randomFilter(rand, world, exclude);
        const k = 1 + Math.floor(rand() * 12);
        const want = rankCandidates(query, allowed(world, filter), world.view, options, world.reports.length, stats).filter(
          (s) => s.score > 0,
        );
        const context = `seed ${seed} #${n} ${JSON.stringify({ options, query, filter, k })}`;
        const fromIndex = rankInIndex(corpus, { query, options, k, filter });
        assert.equal(assertSameRanking(fromIndex, want, k, `index ${context}`).nearTies, 0);
        const fromGraph = await rankInGraph(db.executor, { query, options, k, filter });
        cypherNearTies += assertSameRanking(fromGraph, want, k, `cypher ${context}`).nearTies;
        assertSameRanking(fromIndex, fromGraph, k, `index vs cypher ${context}`);
        compared += fromIndex.length;
      }
      t.diagnostic(`${compared} ranked cases compared, ${cypherNearTies} Cypher near-ties`);
      assert.ok(compared > 50);

      // A report stored behind the index's back (another process) is noticed by the counts.
      await new ReportRepository(db.executor).upsert([toStored({ id: 'ZZ-outside', present: [world.ids[0]], absent: [], uncertain: [] })]);
      assert.equal(await index.refreshIfChanged(), true);
      assert.equal(index.current?.size, world.reports.length + 1);
    });
  }
});
