/**
 * One hand-computed example through every variant.
 *   Q: present {PN, CONS, OP}, absent {EFF, OP}     R: present {PN, CONS2, EFF, CM}
 * Weights: PN 3, CONS ≡ CONS2 2, EFF 2, CM 3, OP 1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handSimilarity as similarity, ontology, report } from './fixture';

const q = report('q', ['PN', 'CONS', 'OP'], ['EFF', 'OP']);
const r = report('r', ['PN', 'CONS2', 'EFF', 'CM']);
const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

test('TVERSKY: contradiction across reports, OP resolved to absent by precedence', () => {
  // OP is both present and absent in Q → absent (absent > present); nothing to compare in R.
  // EFF absent in Q, present in R → C = 2. Matches PN–PN 3, CONS–CONS2 2 → I = 5.
  // Case left over: CM → b = 3; a = 0. S = 5 / (5 + 0.5·0 + 0.5·3 + 2) = 5 / 8.5
  const { score, explanation } = similarity(q, r, ontology);
  close(score, 5 / 8.5);
  assert.deepEqual(explanation.terms, { I: 5, a: 0, b: 3, C: 2, alpha: 0.5, beta: 0.5, kappa: 1 });
});

test('SYMMETRIC: min/max form', () => {
  // a = min(0, 3) = 0, b = max = 3: S = 5 / (5 + β(α·0 + (1 − α)·3) + 2)
  // α = 0.5, β = 0.5 → 5 / 7.75;  α = 0.5, β = 1 (the paper's) → 5 / 8.5
  close(similarity(q, r, ontology, { variant: 'SYMMETRIC' }).score, 5 / 7.75);
  close(similarity(q, r, ontology, { variant: 'SYMMETRIC', beta: 1 }).score, 5 / 8.5);
});

test('PAPER: the formula as written in the method note', () => {
  // T = {PN, CONS, OP}, N = {EFF, OP}, R = {PN, CONS2, EFF, CM}; T' = T ∪ {CONS2}
  // I = w(R ∩ T) = w(PN) = 3;  a' = w(R \ T') = w(EFF) + w(CM) = 5;  b' = w(T' \ R) = w(CONS) + w(OP) = 3
  // a = 3, b = 5, C = w(T ∩ N) = w(OP) = 1:  S = 3 / (3 + 1·(0.5·3 + 0.5·5) + 1) = 3/8
  const { score, explanation } = similarity(q, r, ontology, { variant: 'PAPER', alpha: 0.9 });
  close(score, 3 / 8);
  assert.deepEqual(
    explanation.contradictions.map((c) => [c.queryConcept, c.scope]),
    [['OP', 'WITHIN_QUERY']],
  );
});

test("PAPER's zero denominator counts as 1", () => {
  // only an anatomy concept (weight 0): I = a = b = C = 0 → 0 / 1 = 0; both empty → 0
  assert.equal(similarity(report('q', ['LUNG']), report('r', ['LUNG']), ontology, { variant: 'PAPER' }).score, 0);
  assert.equal(similarity(report('q'), report('r'), ontology, { variant: 'PAPER' }).score, 0);
});

test('PAPER is flat and ignores uncertain mentions', () => {
  // Q = {PN}, R = {LD present, PN uncertain}: no hierarchy, uncertain ignored
  // I = 0 → 0
  assert.equal(similarity(report('q', ['PN']), report('r', ['LD'], [], ['PN']), ontology, { variant: 'PAPER' }).score, 0);
});

test('JACCARD and DICE over flat, synonym-merged sets', () => {
  // Q classes {PN, CONS, OP} (present ∪ uncertain, absent ignored), R classes {PN, CONS, EFF, CM}
  // |∩| = 2, |∪| = 5 → Jaccard 2/5; Dice 2·2 / (3 + 4) = 4/7
  close(similarity(q, r, ontology, { variant: 'JACCARD' }).score, 2 / 5);
  close(similarity(q, r, ontology, { variant: 'DICE' }).score, 4 / 7);
});
