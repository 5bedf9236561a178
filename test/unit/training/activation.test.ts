import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activationProblem } from '../../../src/extraction/tagger/tagger.service';
import type { ModelRecord } from '../../../src/training/training.record';

const model = (id: string, f1: number | null, active = false): ModelRecord =>
  ({
    id,
    active,
    metrics: f1 === null ? null : { perLabel: [], micro: { precision: f1, recall: f1, f1 }, macroF1: f1 },
  }) as unknown as ModelRecord;

test('activation guard: refuses F1 < 0.5, more than 0.02 below the active one, or unknown; names both figures', () => {
  assert.equal(activationProblem(model('a', 0.9), null), null);
  assert.equal(activationProblem(model('a', 0.9), model('b', 0.91, true)), null, '0.01 below is fine');
  assert.match(activationProblem(model('a', 0.4), null)!, /0\.400, below the minimum 0\.5/);
  const drop = activationProblem(model('a', 0.85), model('b', 0.9, true))!;
  assert.match(drop, /"a" has dev micro-F1 0\.850/);
  assert.match(drop, /"b" \(0\.900\)/);
  assert.match(activationProblem(model('a', null), null)!, /no dev micro-F1/);
  assert.equal(activationProblem(model('b', 0.1, true), model('b', 0.1, true)), null, 're-activating the active one is harmless');
});
