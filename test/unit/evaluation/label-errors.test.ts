import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decidingConcepts, errorsMarkdown, pickErrors } from '../../../tools/evaluation/label-errors';
import type { LabelSet } from '../../../src/labels/core/label-set';

const golds = new Map([
  ['r2', ['Effusion']],
  ['r1', ['Effusion', 'Nodule']],
  ['r3', []],
]);
const predicted = new Map([
  ['r1', new Set(['Effusion'])],
  ['r2', new Set<string>()],
  ['r3', new Set(['Nodule', 'Effusion'])],
]);

test('false positives and negatives per label, by report id', () => {
  assert.deepEqual(pickErrors(['r3', 'r2', 'r1'], golds, predicted, ['Effusion', 'Nodule']), [
    { label: 'Effusion', fp: ['r3'], fn: ['r2'] },
    { label: 'Nodule', fp: ['r3'], fn: ['r1'] },
  ]);
});

test('the deciding concepts: a label its evidence; No Finding the evidence of the findings that blocked it', () => {
  const set: LabelSet = {
    name: 's',
    description: '',
    noFindingLabel: 'No Finding',
    labels: [
      { name: 'Effusion', concepts: ['EFF'], finding: true },
      { name: 'Devices', concepts: ['DEV'], finding: false },
    ],
  };
  const assignments = [
    { label: 'Effusion', status: 'UNCERTAIN' as const, evidence: ['EFF2'] },
    { label: 'Devices', status: 'POSITIVE' as const, evidence: ['DEV'] },
    { label: 'No Finding', status: 'NOT_MENTIONED' as const, evidence: [] },
  ];
  assert.deepEqual(decidingConcepts(assignments, 'Effusion', set), ['EFF2']);
  assert.deepEqual(decidingConcepts(assignments, 'No Finding', set), ['EFF2']);
});

test('markdown: mention words only when they were kept (never with --no-text)', () => {
  const mention = { conceptId: 'D1', concept: 'Pleural Effusion', assertion: 'PRESENT', start: 4, end: 12 };
  const errors = [
    {
      label: 'Effusion',
      falsePositives: 1,
      falseNegatives: 1,
      fp: [{ reportId: 'r3', status: 'POSITIVE', mentions: [mention] }],
      fn: [{ reportId: 'r2', status: 'NOT_MENTIONED', mentions: [] }],
    },
  ];
  const md = errorsMarkdown(errors);
  assert.match(md, /### Effusion: 1 false positive\(s\), 1 false negative\(s\)/);
  assert.match(md, /- r3 \(POSITIVE\): Pleural Effusion \[D1\] PRESENT @4-12\n/);
  assert.match(md, /- r2 \(NOT_MENTIONED\): no deciding mention/);
  assert.doesNotMatch(md, /"/);
  assert.match(
    errorsMarkdown([{ ...errors[0], fp: [{ ...errors[0].fp[0], mentions: [{ ...mention, text: 'effusion' }] }] }]),
    /@4-12 "effusion"/,
  );
});
