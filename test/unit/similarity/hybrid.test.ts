import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyExplanation, fuseLexical, lexicalEvidenceOf } from '../../../src/similarity/core/hybrid';
import { hybridScore, scoreFromExplanation } from '../../../src/similarity/core/score';
import { similarity } from '../../../src/similarity/core';
import type { ScoredCase } from '../../../src/similarity/core';
import { ontology, report } from './fixture';

const PAPER_WEIGHTS = { semanticTypeWeights: { T047: 3, T046: 2, T033: 1 }, useIdf: false, alpha: 0.5, beta: 0.5 };
const query = report('q', ['PN', 'CM']);
const scored = (id: string, present: string[]): ScoredCase =>
  similarity(query, report(id, present), ontology, { ...PAPER_WEIGHTS, lexicalWeight: 0 });
const hits = [
  { reportId: 'L1', score: 8 },
  { reportId: 'B', score: 4 },
  { reportId: 'A', score: 2 },
];

test('lexical evidence: the BM25 of the case, the best BM25 as normaliser, rank; 0 and null beyond the list', () => {
  const of = lexicalEvidenceOf(hits, 0.25);
  assert.deepEqual(of('B'), { weight: 0.25, bm25: 4, topBm25: 8, rank: 2 });
  assert.deepEqual(of('Z'), { weight: 0.25, bm25: 0, topBm25: 8, rank: null });
  assert.deepEqual(lexicalEvidenceOf([], 0.25)('B'), { weight: 0.25, bm25: 0, topBm25: 0, rank: null });
});

test('hybrid score by hand: (1 − w) · concept + w · bm25 / top', () => {
  assert.equal(hybridScore(0.5, { weight: 0.25, bm25: 4, topBm25: 8, rank: 2 }), 0.75 * 0.5 + 0.25 * 0.5);
  assert.equal(hybridScore(0.5, { weight: 0.25, bm25: 0, topBm25: 0, rank: null }), 0.375);
});

test('fusion re-ranks by the hybrid score, and every explanation adds up to its score', () => {
  // A shares PN: 2/3; B shares CM: 2/3 (ties with A, A first by id); L1 shares nothing (concept 0)
  const cases = [
    scored('A', ['PN']),
    scored('B', ['CM']),
    { reportId: 'L1', score: 0, explanation: emptyExplanation({ I: 0, a: 0, b: 0, C: 0, alpha: 0.5, beta: 0.5, kappa: 1 }) },
  ];
  const fused = fuseLexical(cases, hits, { lexicalWeight: 0.25, minScore: 0 }, 10);
  // A: 0.75·2/3 + 0.25·2/8 = 0.5625; B: 0.75·2/3 + 0.25·4/8 = 0.625; L1: 0.25·1 = 0.25
  assert.deepEqual(
    fused.map((c) => c.reportId),
    ['B', 'A', 'L1'],
  );
  assert.ok(Math.abs(fused[0].score - 0.625) < 1e-12);
  assert.ok(Math.abs(fused[1].score - 0.5625) < 1e-12);
  assert.ok(Math.abs(fused[2].score - 0.25) < 1e-12);
  for (const c of fused) assert.equal(scoreFromExplanation(c.explanation, 'TVERSKY'), c.score);
});

test('fusion applies minScore and k to the hybrid score', () => {
  const cases = [scored('A', ['PN']), scored('B', ['CM'])];
  assert.deepEqual(
    fuseLexical(cases, hits, { lexicalWeight: 0.25, minScore: 0.6 }, 10).map((c) => c.reportId),
    ['B'],
  );
  assert.deepEqual(
    fuseLexical(cases, hits, { lexicalWeight: 0.25, minScore: 0 }, 1).map((c) => c.reportId),
    ['B'],
  );
});

test('with lexical weight 1 the score is the normalised BM25 alone', () => {
  const fused = fuseLexical([scored('A', ['PN'])], hits, { lexicalWeight: 1, minScore: 0 }, 10);
  assert.equal(fused[0].score, 0.25);
});
