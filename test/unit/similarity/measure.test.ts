/** Hand-computed cases of the TVERSKY measure with default options (α = β = 0.5, κ = 1, λ = 0.5, u = 0.5). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { E_HALF, handSimilarity as similarity, ontology, report } from './fixture';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

test('identical reports score 1', () => {
  // I = w(PN) + w(EFF) = 3 + 2 = 5, a = b = C = 0 → 5 / 5 = 1
  const r = report('r', ['PN', 'EFF']);
  assert.equal(similarity(r, r, ontology).score, 1);
});

test('disjoint reports score 0', () => {
  // I = 0, a = 3, b = 3 → 0 / 3 = 0
  assert.equal(similarity(report('q', ['PN']), report('r', ['CM']), ontology).score, 0);
});

test('an ancestor match scores strictly between a miss and an exact match', () => {
  // PN vs LD at distance 1: credit e^-0.5, pair weight min(3, 3) = 3
  // I = 3e^-0.5, a = b = 3 − 3e^-0.5 → S = 3e^-0.5 / (3e^-0.5 + 0.5·2·(3 − 3e^-0.5)) = e^-0.5
  const { score, explanation } = similarity(report('q', ['PN']), report('r', ['LD']), ontology);
  close(score, E_HALF);
  assert.ok(score > 0 && score < 1);
  assert.deepEqual(
    explanation.matched.map((m) => [m.queryConcept, m.caseConcept, m.relation, m.distance]),
    [['PN', 'LD', 'ANCESTOR', 1]],
  );
  const down = similarity(report('q', ['LD']), report('r', ['PN']), ontology);
  assert.equal(down.explanation.matched[0]?.relation, 'DESCENDANT');
  close(down.score, E_HALF);
});

test('depth beyond maxDepth is a miss', () => {
  // LLLP → LD is distance 2: within maxDepth 2 the score is e^-1, with maxDepth 1 it is 0
  const q = report('q', ['LLLP']);
  const r = report('r', ['LD']);
  close(similarity(q, r, ontology, { maxDepth: 2 }).score, Math.exp(-1));
  assert.equal(similarity(q, r, ontology, { maxDepth: 1 }).score, 0);
  assert.equal(similarity(report('q', ['D7']), report('r', ['D0']), ontology, { maxDepth: 6 }).score, 0);
});

test('synonyms match with credit 1', () => {
  const { score, explanation } = similarity(report('q', ['CONS']), report('r', ['CONS2']), ontology);
  assert.equal(score, 1);
  assert.equal(explanation.matched[0]?.relation, 'SYNONYM');
});

test('a contradiction lowers the score, in both directions and through synonyms', () => {
  // R = {PN}: I = 3, a = 2 (EFF unmatched) → 3 / (3 + 1) = 0.75
  close(similarity(report('q', ['PN', 'EFF']), report('r', ['PN']), ontology).score, 0.75);
  // EFF present in Q, absent in R: I = 3, C = 2 (EFF leaves a) → 3 / (3 + 2) = 0.6
  close(similarity(report('q', ['PN', 'EFF']), report('r', ['PN'], ['EFF']), ontology).score, 0.6);
  // the other direction, same arithmetic
  close(similarity(report('q', ['PN'], ['EFF']), report('r', ['PN', 'EFF']), ontology).score, 0.6);
  // CONS present vs its synonym CONS2 absent: C = 2 → 0.6 again
  const syn = similarity(report('q', ['PN', 'CONS']), report('r', ['PN'], ['CONS2']), ontology);
  close(syn.score, 0.6);
  assert.deepEqual(
    syn.explanation.contradictions.map((c) => [c.queryConcept, c.caseConcept, c.weight]),
    [['CONS', 'CONS2', 2]],
  );
});

test('uncertainFactor changes the score', () => {
  // PN present vs PN uncertain: wq = 3, wc = 3u; pair weight 3u, I = 3u, a = 3 − 3u, b = 0
  // u = 0.5: 1.5 / (1.5 + 0.75) = 2/3;  u = 1: 1;  u = 0: 0
  const q = report('q', ['PN']);
  const r = report('r', [], [], ['PN']);
  close(similarity(q, r, ontology).score, 2 / 3);
  assert.equal(similarity(q, r, ontology, { uncertainFactor: 1 }).score, 1);
  assert.equal(similarity(q, r, ontology, { uncertainFactor: 0 }).score, 0);
});

test('alpha = beta makes the measure symmetric; alpha != beta does not', () => {
  // Q = {PN}, R = {PN, CM}: I = 3, a = 0, b = 3 (swapped: a = 3, b = 0)
  const q = report('q', ['PN']);
  const r = report('r', ['PN', 'CM']);
  close(similarity(q, r, ontology).score, 3 / 4.5);
  close(similarity(r, q, ontology).score, 3 / 4.5);
  // α = 0.2, β = 0.8: 3 / (3 + 0.8·3) = 0.5556 versus 3 / (3 + 0.2·3) = 0.8333
  close(similarity(q, r, ontology, { alpha: 0.2, beta: 0.8 }).score, 3 / 5.4);
  close(similarity(r, q, ontology, { alpha: 0.2, beta: 0.8 }).score, 3 / 3.6);
});

test('absentBonus rewards agreeing negations', () => {
  // Q = {PN, CM, no EFF}, R = {PN, no EFF}: I = 3, a = 3 → 3 / 4.5 = 2/3
  // absentBonus 0.5 adds 0.5·w(EFF) = 1 to I → 4 / 5.5
  const q = report('q', ['PN', 'CM'], ['EFF']);
  const r = report('r', ['PN'], ['EFF']);
  close(similarity(q, r, ontology).score, 2 / 3);
  close(similarity(q, r, ontology, { absentBonus: 0.5 }).score, 4 / 5.5);
});

test('each concept is matched at most once, exact before hierarchy', () => {
  // Q = {PN, LLLP}, R = {PN}: PN–PN (distance 0) wins, LLLP stays unmatched (a = 3)
  // → I = 3, a = 3 → 3 / 4.5
  const { score, explanation } = similarity(report('q', ['PN', 'LLLP']), report('r', ['PN']), ontology);
  close(score, 3 / 4.5);
  assert.deepEqual(
    explanation.queryOnly.map((u) => u.concept),
    ['LLLP'],
  );
});

test('both reports empty: zero denominator counts as 1, so the score is 0', () => {
  assert.equal(similarity(report('q'), report('r'), ontology).score, 0);
});
