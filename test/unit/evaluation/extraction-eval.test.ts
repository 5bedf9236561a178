import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { evaluateCorpusExtraction } from '../../../tools/evaluation/corpus-extraction';
import { evaluateExtraction } from '../../../tools/evaluation/extraction';
import { excludedConcepts } from '../../../tools/evaluation/scope';

test('scores on a hand-computed case', () => {
  const scores = evaluateExtraction([
    {
      gold: [
        { start: 0, end: 5, conceptId: 'A', assertion: 'PRESENT' },
        { start: 10, end: 15, conceptId: 'B', assertion: 'ABSENT' },
      ],
      predicted: [
        { start: 0, end: 5, conceptId: 'A', assertion: 'PRESENT', category: 'OBS' }, // exact
        { start: 9, end: 15, conceptId: 'B', assertion: 'PRESENT', category: 'OBS' }, // overlap, wrong assertion
        { start: 20, end: 25, conceptId: 'C', assertion: 'PRESENT', category: 'OBS' }, // spurious
      ],
      goldConcepts: { A: 'PRESENT', B: 'ABSENT' },
      predictedConcepts: { A: 'PRESENT', B: 'PRESENT', C: 'PRESENT' },
    },
  ]);
  // strict: tp 1, fp 2, fn 1 → P 1/3, R 1/2, F1 0.4; relaxed: tp 2, fp 1, fn 0.
  assert.deepEqual([scores.strict.tp, scores.strict.fp, scores.strict.fn], [1, 2, 1]);
  assert.ok(Math.abs(scores.strict.f1 - 0.4) < 1e-12);
  assert.deepEqual([scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn], [2, 1, 0]);
  assert.equal(scores.assertionAccuracy, 0.5);
  // report level: A right; B wrong (fn and fp); C spurious (fp) → tp 1, fp 2, fn 1.
  assert.deepEqual([scores.reportConcepts.tp, scores.reportConcepts.fp, scores.reportConcepts.fn], [1, 2, 1]);
});

test('roots and not-annotated subtrees are left out', () => {
  const parents = new Map([
    ['X', ['ROOT']],
    ['N', ['NORMAL']],
    ['N2', ['N']],
    ['NORMAL', []],
  ]);
  assert.deepEqual([...excludedConcepts(['ROOT', 'X', 'N', 'N2', 'NORMAL'], parents, ['NORMAL'])].sort(), ['N', 'N2', 'NORMAL', 'ROOT']);
});

test('quality floor on the held-out demo corpus: micro-F1 ≥ 0.95 (rules only)', async () => {
  const root = resolve(__dirname, '../../../..');
  const scores = await evaluateCorpusExtraction({
    corpusFile: join(root, 'seed/corpus/reports.jsonl'),
    ontologyDir: join(root, 'seed/ontology'),
  });
  assert.ok(scores.reports > 300);
  assert.ok(scores.relaxed.f1 >= 0.95, `mention F1 ${scores.relaxed.f1}`);
  assert.ok(scores.reportConcepts.f1 >= 0.95, `report-level concept F1 ${scores.reportConcepts.f1}`);
  assert.ok(scores.assertionAccuracy >= 0.95, `assertion accuracy ${scores.assertionAccuracy}`);
});
