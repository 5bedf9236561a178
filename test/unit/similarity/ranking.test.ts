import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handRank as rankCandidates, ontology, report } from './fixture';

const query = report('q', ['PN', 'CM']);
// A shares PN, B and C share CM; each pair: I = 3, a = 3 → 3 / 4.5 = 2/3 (a three-way tie)
const candidates = [report('C', ['CM']), report('B', ['CM']), report('A', ['PN']), report('Z', ['EFF'])];
const ids = (list: { reportId: string }[]): string[] => list.map((s) => s.reportId);

test('ties break by report id ascending; k and minScore cut the list', () => {
  assert.deepEqual(ids(rankCandidates(query, candidates, ontology, {}, 10)), ['A', 'B', 'C', 'Z']);
  assert.deepEqual(ids(rankCandidates(query, candidates, ontology, {}, 2)), ['A', 'B']);
  assert.deepEqual(ids(rankCandidates(query, candidates, ontology, { minScore: 0.5 }, 10)), ['A', 'B', 'C']);
});

test('focus concepts change the ranking, descendants included', () => {
  // focus CM ×4: w(CM) = 12. B: I = 12, a = 3 → 12/13.5; A: I = 3, a = 12 → 3/9
  const focusCM = rankCandidates(query, candidates, ontology, { focusConcepts: [{ id: 'CM', weight: 4 }] }, 3);
  assert.deepEqual(ids(focusCM), ['B', 'C', 'A']);
  assert.ok(Math.abs((focusCM[0]?.score ?? 0) - 12 / 13.5) < 1e-12);
  // focus on LD reaches its descendant PN: A first
  assert.deepEqual(ids(rankCandidates(query, candidates, ontology, { focusConcepts: [{ id: 'LD', weight: 4 }] }, 1)), ['A']);
});

test('useIdf changes the weights: the rarer shared concept ranks first', () => {
  // corpus = the three candidates A, B, C: N = 3, df(PN) = 1, df(CM) = 2
  // idf(PN) = ln(4/2) + 1, idf(CM) = ln(4/3) + 1; w(PN) = 3·idf(PN) ≈ 5.079, w(CM) = 3·idf(CM) ≈ 3.863
  // A: 5.079 / (5.079 + 0.5·3.863) ≈ 0.7245; B: 3.863 / (3.863 + 0.5·5.079) ≈ 0.6033
  const three = candidates.slice(0, 3);
  const ranked = rankCandidates(query, three, ontology, { useIdf: true }, 3);
  const wPN = 3 * (Math.log(2) + 1);
  const wCM = 3 * (Math.log(4 / 3) + 1);
  assert.deepEqual(ids(ranked), ['A', 'B', 'C']);
  assert.ok(Math.abs((ranked[0]?.score ?? 0) - wPN / (wPN + 0.5 * wCM)) < 1e-12);
  assert.ok(Math.abs((ranked[1]?.score ?? 0) - wCM / (wCM + 0.5 * wPN)) < 1e-12);
});
