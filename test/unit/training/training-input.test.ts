import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LABELS } from '../../../src/extraction/tagger/core/bio';
import { ConfigError } from '../../../src/training/errors';
import { buildExamples, nonOverlapping, silverLabel } from '../../../src/training/examples';
import { lossKind, planTraining, requestField } from '../../../src/training/training-input';

test('request defaults resolve to a full trainer config', () => {
  const plan = planTraining({ name: ' demo ' }, DEFAULT_LABELS);
  assert.equal(plan.name, 'demo');
  assert.deepEqual(plan.spanSources, ['GOLD']);
  assert.equal(plan.config.loss.kind, 'ce');
  assert.deepEqual(plan.config.labels, DEFAULT_LABELS);
  assert.equal(plan.config.abbreviationRule, 'none');
  assert.equal(planTraining({ name: 'x', abbreviationRule: 'propagate' }, DEFAULT_LABELS).config.abbreviationRule, 'propagate');
  assert.equal(plan.config.crfWeight, 0);
  assert.equal(planTraining({ name: 'x', crfWeight: 0.5 }, DEFAULT_LABELS).config.crfWeight, 0.5);
  assert.deepEqual(plan.lexiconSemanticTypes, []);
  assert.deepEqual(planTraining({ name: 'x', lexiconSemanticTypes: ['T047', 'T046', 'T047'] }, DEFAULT_LABELS).lexiconSemanticTypes, [
    'T047',
    'T046',
  ]);
  assert.throws(
    () => planTraining({ name: 'x', lexiconSemanticTypes: ['T047', 'disease'] }, DEFAULT_LABELS),
    (e: unknown) => e instanceof ConfigError && e.field === 'lexiconSemanticTypes' && e.message.includes('"disease"'),
  );
});

test('loss names: trainer spelling or enum spelling; unknown refused on `loss`', () => {
  assert.equal(lossKind('SELF_ADJUSTING_DSC'), 'self-adjusting-dsc');
  assert.equal(lossKind('weighted-ce'), 'weighted-ce');
  assert.throws(
    () => lossKind('hinge'),
    (e: unknown) => e instanceof ConfigError && e.field === 'loss',
  );
});

test('trainer fields are renamed to request fields', () => {
  assert.equal(requestField('loss.alpha'), 'lossParams.alpha');
  assert.equal(requestField('loss.kind'), 'loss');
  assert.equal(requestField('hiddenDim'), 'hidden');
  assert.equal(requestField('learningRate'), 'learningRate');
  const field = (request: object): string => {
    try {
      planTraining({ name: 'x', ...request }, DEFAULT_LABELS);
    } catch (e) {
      return (e as ConfigError).field;
    }
    return 'accepted';
  };
  assert.equal(field({ loss: 'tversky', lossParams: { alpha: 2 } }), 'lossParams.alpha');
  assert.equal(field({ learningRate: -1 }), 'learningRate');
  assert.equal(field({ hidden: 0 }), 'hidden');
  assert.equal(field({ abbreviationRule: 'always' }), 'abbreviationRule');
  assert.equal(field({ crfWeight: -1 }), 'crfWeight');
  assert.equal(field({ labelSet: ['NOPE'] }), 'labelSet');
  assert.equal(field({ loss: 'focal', lossParams: { focalGamma: 1 } }), 'accepted');
});

test('silver labels from rule mentions', () => {
  assert.equal(silverLabel({ start: 0, end: 1, category: 'OBS', assertion: 'ABSENT' }), 'OBS-DA');
  assert.equal(silverLabel({ start: 0, end: 1, category: 'OBS', assertion: 'UNCERTAIN' }), 'OBS-U');
  assert.equal(silverLabel({ start: 0, end: 1, category: 'ANAT', assertion: 'ABSENT' }), 'ANAT-DP');
  assert.deepEqual(
    nonOverlapping([
      { start: 5, end: 9, label: 'A' },
      { start: 0, end: 4, label: 'B' },
      { start: 5, end: 12, label: 'C' },
      { start: 10, end: 11, label: 'D' },
    ]).map((s) => s.label),
    ['B', 'C'],
  );
});

test('gold spans win over silver ones on the same report; unknown labels are dropped', () => {
  const mentions = JSON.stringify([{ start: 0, end: 2, category: 'OBS', assertion: 'PRESENT' }]);
  const rows = [
    {
      id: 'a',
      text: 'xx yy',
      spans: JSON.stringify([
        { start: 3, end: 5, label: 'OBS-U' },
        { start: 0, end: 2, label: 'OTHER' },
      ]),
      mentions,
    },
    { id: 'b', text: 'xx', spans: null, mentions },
    { id: 'c', text: 'zz', spans: null, mentions: null },
  ];
  const both = buildExamples(rows, ['GOLD', 'RULES'], DEFAULT_LABELS);
  assert.deepEqual(
    both.map((e) => [e.reportId, e.spans.map((s) => s.label)]),
    [
      ['a', ['OBS-U']],
      ['b', ['OBS-DP']],
    ],
  );
  assert.deepEqual(
    buildExamples(rows, ['GOLD'], DEFAULT_LABELS).map((e) => e.reportId),
    ['a'],
  );
  assert.deepEqual(
    buildExamples(rows, ['RULES'], DEFAULT_LABELS).map((e) => e.spans.length),
    [1, 1],
  );
});
