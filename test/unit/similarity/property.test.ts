/**
 * Seeded random corpora: every explanation adds up to its score, scores lie in [0, 1],
 * and α = β (or the SYMMETRIC/flat variants) make the score symmetric in the reports.
 */
// mulberry32: a tiny deterministic PRNG, so failures reproduce.
import { mulberry32 as prng } from '../../../src/shared/core/prng';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  InMemoryOntology,
  VARIANTS,
  buildCorpusStats,
  scoreFromExplanation,
  similarity,
  sumTerms,
  type ReportConcepts,
  type SimilarityOptions,
} from '../../../src/similarity/core';

const TYPES = ['T047', 'T046', 'T033', 'T023'];

function randomWorld(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const ids = Array.from({ length: 25 }, (_, i) => `C${String(i).padStart(3, '0')}`);
  const ontology = new InMemoryOntology({
    concepts: ids.map((id) => ({ id, semanticTypes: rand() < 0.2 ? [pick(TYPES), pick(TYPES)] : [pick(TYPES)] })),
    // a random forest, plus a few extra parents (a DAG), always from a later id to an earlier one
    isa: ids.flatMap((id, i): [string, string][] =>
      i === 0
        ? []
        : rand() < 0.2
          ? [
              [id, pick(ids.slice(0, i))],
              [id, pick(ids.slice(0, i))],
            ]
          : rand() < 0.85
            ? [[id, pick(ids.slice(0, i))]]
            : [],
    ),
    synonyms: Array.from({ length: 4 }, () => [pick(ids), pick(ids)] as [string, string]),
  });
  const randomReport = (id: string): ReportConcepts => {
    const some = (p: number) => ids.filter(() => rand() < p);
    return { id, present: some(0.15), absent: some(0.08), uncertain: some(0.06) };
  };
  return { ontology, ids, reports: Array.from({ length: 8 }, (_, i) => randomReport(`R${i}`)), pick };
}

test('explanations add up, scores stay in [0, 1], α = β is symmetric', () => {
  const rand = prng(20240611);
  for (let world = 0; world < 40; world += 1) {
    const { ontology, ids, reports, pick } = randomWorld(rand);
    const corpus = buildCorpusStats(reports, ontology);
    for (let trial = 0; trial < 10; trial += 1) {
      const alpha = Math.round(rand() * 10) / 10;
      const options: Partial<SimilarityOptions> = {
        variant: pick(VARIANTS),
        alpha,
        beta: rand() < 0.5 ? alpha : rand() * 2,
        kappa: rand() * 2,
        maxDepth: Math.floor(rand() * 7),
        decay: 0.1 + rand(),
        uncertainFactor: rand(),
        useIdf: rand() < 0.5,
        absentBonus: rand() < 0.5 ? 0 : rand(),
        focusConcepts: rand() < 0.5 ? [] : [{ id: pick(ids), weight: rand() * 5 }],
      };
      const q = pick(reports);
      const r = pick(reports);
      const scored = similarity(q, r, ontology, options, corpus);
      const expl = scored.explanation;
      const context = JSON.stringify({ world, trial, options });
      assert.equal(scoreFromExplanation(expl, options.variant!), scored.score, context);
      const sums = sumTerms(expl);
      for (const key of ['I', 'a', 'b', 'C'] as const) assert.ok(Math.abs(sums[key] - expl.terms[key]) < 1e-12, context);
      assert.ok(scored.score >= 0 && scored.score <= 1 + 1e-12, `${scored.score} ${context}`);
      for (const m of expl.matched) assert.ok(m.credit >= 0 && m.credit <= 1 && m.weight <= Math.min(m.queryWeight, m.caseWeight));

      const symmetric =
        options.variant === 'SYMMETRIC' ||
        options.variant === 'JACCARD' ||
        options.variant === 'DICE' ||
        (options.variant === 'TVERSKY' && options.alpha === options.beta);
      if (symmetric) {
        const swapped = similarity(r, q, ontology, options, corpus).score;
        assert.ok(Math.abs(swapped - scored.score) < 1e-12, `swap ${swapped} vs ${scored.score} ${context}`);
      }
      if (q === r && options.variant !== 'PAPER') {
        const selfScore = scored.score;
        const weighted = expl.matched.some((m) => m.weight > 0);
        if (weighted) assert.ok(Math.abs(selfScore - 1) < 1e-12, `self ${selfScore} ${context}`);
      }
    }
  }
});
