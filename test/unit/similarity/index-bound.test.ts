/** The pruning bounds: hand-computed cases, and never below the true score on random worlds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCorpusStats, requireOptions, similarity } from '../../../src/similarity/core';
import { boundSlope, caseBound, remainderFloor, scoreBound } from '../../../src/similarity/memory/bound';
import { reportBounds } from '../../../src/similarity/memory/weighted-ranker';
import { planWeighted } from '../../../src/similarity/memory/weighted-plan';
import { randomOptions, randomQuery } from '../../support/similarity/random-cases';
import { prng, randomWorld } from '../../support/similarity/random-world';
import { indexWorld } from './index-support';

const TVERSKY = { variant: 'TVERSKY', alpha: 0.7, beta: 0.3, kappa: 1 } as const;
const SYMMETRIC = { variant: 'SYMMETRIC', alpha: 0.5, beta: 1, kappa: 1 } as const;
const close = (x: number, y: number): void => assert.ok(Math.abs(x - y) < 1e-12, `${x} ≠ ${y}`);

test('remainder floor, TVERSKY: min(α, κ)·xq + min(β, κ)·xc', () => {
  close(remainderFloor(1, 3, TVERSKY), 0.7 * 1 + 0.3 * 3);
  close(remainderFloor(2, 1, { ...TVERSKY, kappa: 0.5 }), 0.5 * 2 + 0.3 * 1);
  close(boundSlope(TVERSKY), 0.7);
});

test('remainder floor, SYMMETRIC: the least corner or diagonal point of the box', () => {
  // xq = 2, xc = 6, α = 0.5, β = 1, κ = 1: corners 8, 1 + 6 = 7, 3 + 2 = 5, 0.5·2 + 0.5·6 = 4; diagonal 2 + 4 = 6.
  close(remainderFloor(2, 6, SYMMETRIC), 4);
  // κ = 0.2: corners 1.6, 1 + 1.2 = 2.2, 3 + 0.4 = 3.4, 4; diagonal 2 + 0.8 = 2.8 → all contradicted.
  close(remainderFloor(2, 6, { ...SYMMETRIC, kappa: 0.2 }), 1.6);
  // α = 0.9, β = 1, κ = 1, xq = xc = 3: corners 6, 0.3 + 3, 0.3 + 3, 0.9·3 + 0.1·3 = 3; diagonal 3.
  close(remainderFloor(3, 3, { ...SYMMETRIC, alpha: 0.9 }), 3);
  close(boundSlope(SYMMETRIC), 0.5);
});

test('case bound, hand-computed: attained by a case that holds the query and more', () => {
  // Query {c1 present, w 3}; case {c1 present, w 3; c2 present, w 1}. TVERSKY α 0.7, β 0.3:
  // I = 3, a = 0, b = 1, S = 3 / (3 + 0.3) — the query-side bound only knows E ≤ 3 → 1.
  close(scoreBound(3, 0, 3, boundSlope(TVERSKY)), 1);
  close(caseBound(3, 0, 3, 4, TVERSKY), 3 / 3.3);
  // reach 2 (a hierarchy match at most), Wp 3, Wc 5: E ≤ 2, xq 1, xc 3 → 2 / (2 + 0.7 + 0.9).
  close(caseBound(2, 0, 3, 5, TVERSKY), 2 / 3.6);
  // A case lighter than its reach caps E: reach 5, Wp 6, Wc 1 → E ≤ 1, xq 5, xc 0 → 1 / (1 + 3.5).
  close(caseBound(5, 0, 6, 1, TVERSKY), 1 / 4.5);
  // Absent agreements count in N: reach 1, A 0.5, Wp 1, Wc 3 (SYMMETRIC α 0.5, β 1, κ 1): E ≤ 1,
  // xq 0, xc 2, floor = min(2, 0 + 2, 1 + 0, 0.5·0 + 0.5·2, 0 + 2) = 1 → 1.5 / 2.5.
  close(caseBound(1, 0.5, 1, 3, SYMMETRIC), 0.6);
  close(caseBound(1, 0.5, 2, 3, SYMMETRIC), 1.5 / (1.5 + remainderFloor(1, 2, SYMMETRIC)));
  assert.equal(caseBound(0, 0, 3, 4, TVERSKY), 0);
});

for (const seed of [2, 7, 19]) {
  test(`score ≤ case bound ≤ query bound for TVERSKY and SYMMETRIC, seed ${seed}`, () => {
    const rand = prng(seed);
    const world = randomWorld(rand, 30, 60);
    const corpus = indexWorld(world);
    const stats = buildCorpusStats(world.reports, world.view);
    let [tight, tighter] = [0, 0];
    for (let n = 0; n < 120; n += 1) {
      const partial = { ...randomOptions(rand, world.ids), variant: rand() < 0.5 ? 'TVERSKY' : 'SYMMETRIC' } as const;
      const options = requireOptions(partial);
      const { query } = randomQuery(rand, world);
      const plan = planWeighted(query, corpus, options);
      for (const report of world.reports) {
        const score = similarity(query, report, world.view, options, stats).score;
        const bound = reportBounds(corpus, plan, options, corpus.indexOf(report.id)!);
        const where = `seed ${seed} #${n} ${report.id} ${JSON.stringify(partial)}`;
        assert.ok(bound.case + 1e-12 >= score, `${where}: case bound ${bound.case} < score ${score}`);
        assert.ok(bound.case <= bound.query + 1e-12, `${where}: case bound ${bound.case} > query bound ${bound.query}`);
        if (score > 0 && bound.case - score < 1e-9) tight += 1;
        if (bound.case < bound.query - 1e-9) tighter += 1;
      }
    }
    assert.ok(tight > 0, 'the bound is attained sometimes (exact matches)');
    assert.ok(tighter > 0, 'the case side tightens the bound');
  });
}
