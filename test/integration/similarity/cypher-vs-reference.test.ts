/**
 * The Cypher statements against the reference measure: seeded random ontologies (is-a DAG
 * with several parents, synonym edges, mixed TUIs) and corpora (present / absent /
 * uncertain), random queries and options of every variant. Top-k ids, order and scores
 * must equal `rankCandidates` (scores to 1e-9), restricted to scores > 0 as documented.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { rankInGraph } from '../../../src/similarity/graph-similarity';
import { buildCorpusStats, rankCandidates } from '../../../src/similarity/core';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { allowed, assertSameRanking, randomFilter, randomOptions, randomQuery } from '../../support/similarity/random-cases';
import { prng, randomWorld, storeWorld } from '../../support/similarity/random-world';

let db: Database;
before(async () => {
  db = await openTestDatabase();
});
after(async () => db.close());

describe('similar-cases Cypher equals the reference measure', () => {
  for (const seed of [11, 23, 37]) {
    test(`seed ${seed}: random queries and options of every variant`, async (t) => {
      const rand = prng(seed);
      await resetDatabase(db);
      const world = randomWorld(rand, 30 + Math.floor(rand() * 20), 50 + Math.floor(rand() * 30));
      await storeWorld(db.executor, world);
      const corpus = buildCorpusStats(world.reports, world.view);
      let nearTies = 0;
      const seen = new Set<string>();
      let compared = 0;
      for (let n = 0; n < 70; n += 1) {
        const options = randomOptions(rand, world.ids);
        const { query, exclude } = randomQuery(rand, world);
        const filter = randomFilter(rand, world, exclude);
        const k = 1 + Math.floor(rand() * 12);
        const want = rankCandidates(query, allowed(world, filter), world.view, options, world.reports.length, corpus).filter(
          (s) => s.score > 0,
        );
        const got = await rankInGraph(db.executor, { query, options, k, filter });
        const context = `seed ${seed} #${n} ${JSON.stringify({ options, query, filter, k })}`;
        nearTies += assertSameRanking(got, want, k, context).nearTies;
        if (got.length > 0) seen.add(options.variant as string);
        compared += got.length;
      }
      t.diagnostic(`${compared} ranked cases compared, ${nearTies} near-ties, variants ${[...seen].join(' ')}`);
      assert.ok(nearTies <= 3, `near-ties resolved differently: ${nearTies}`);
      assert.ok(seen.size >= 4, `variants with results: ${[...seen].join(', ')}`);
    });
  }
});
