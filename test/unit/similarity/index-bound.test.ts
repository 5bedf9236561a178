/** The pruning bound is never below the true score, on random worlds, queries and options. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCorpusStats, requireOptions, similarity } from '../../../src/similarity/core';
import { reportBound } from '../../../src/similarity/memory/index-ranker';
import { planWeighted } from '../../../src/similarity/memory/weighted-plan';
import { randomOptions, randomQuery } from '../../support/similarity/random-cases';
import { prng, randomWorld } from '../../support/similarity/random-world';
import { indexWorld } from './index-support';

for (const seed of [2, 7, 19]) {
  test(`bound ≥ score for TVERSKY and SYMMETRIC, seed ${seed}`, () => {
    const rand = prng(seed);
    const world = randomWorld(rand, 30, 60);
    const corpus = indexWorld(world);
    const stats = buildCorpusStats(world.reports, world.view);
    let tight = 0;
    for (let n = 0; n < 120; n += 1) {
      const partial = { ...randomOptions(rand, world.ids), variant: rand() < 0.5 ? 'TVERSKY' : 'SYMMETRIC' } as const;
      const options = requireOptions(partial);
      const { query } = randomQuery(rand, world);
      const plan = planWeighted(query, corpus, options);
      for (const report of world.reports) {
        const score = similarity(query, report, world.view, options, stats).score;
        const bound = reportBound(corpus, plan, options, corpus.indexOf(report.id)!);
        assert.ok(bound + 1e-12 >= score, `seed ${seed} #${n} ${report.id}: bound ${bound} < score ${score} ${JSON.stringify(partial)}`);
        if (score > 0 && bound - score < 1e-9) tight += 1;
      }
    }
    assert.ok(tight > 0, 'the bound is attained sometimes (exact matches)');
  });
}
