import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLabelNames, scoreLabelling } from '../../../tools/evaluation/labelling';
import { KeywordLabeller } from '../../../tools/evaluation/keyword-baseline';

const labeller = new KeywordLabeller({
  windowChars: 20,
  negations: ['no', 'free of'],
  keywords: { Effusion: ['effusion*'], Scar: ['scar*'], Heart: ['enlarged heart'] },
});

test('keyword baseline: word-start prefixes, phrases across spaces, unknown names never predicted', () => {
  assert.deepEqual([...labeller.labels('Small effusions.', ['Effusion', 'Other'])], ['Effusion']);
  assert.deepEqual([...labeller.labels('Apical scarring. Enlarged  heart.', ['Scar', 'Heart'])], ['Scar', 'Heart']);
  assert.deepEqual([...labeller.labels('Oscar', ['Scar'])], [], 'a keyword starts at a word start');
});

test('keyword baseline: a cue within the window negates, not beyond it nor across a sentence end', () => {
  assert.deepEqual([...labeller.labels('No pleural effusion.', ['Effusion'])], []);
  assert.deepEqual([...labeller.labels('Lungs free of scar.', ['Scar'])], []);
  assert.deepEqual([...labeller.labels('No pneumothorax and stable left effusion.', ['Effusion'])], ['Effusion'], 'cue 26 characters back');
  assert.deepEqual([...labeller.labels('No edema. Effusion.', ['Effusion'])], ['Effusion'], 'sentence end');
  assert.deepEqual([...labeller.labels('No effusion. Left effusion.', ['Effusion'])], ['Effusion'], 'any affirmed hit counts');
});

test('--label-names: canonical gold spelling, errors name unknown and unmapped names', () => {
  const mapping = { mapped: new Map([['Pleural Effusion', ['D1']]]), unmapped: ['Lung'] };
  assert.deepEqual(checkLabelNames(['pleural effusion', 'no finding'], mapping, ['Pleural Effusion', 'Lung', 'No Finding']), [
    'Pleural Effusion',
    'No Finding',
  ]);
  assert.throws(
    () => checkLabelNames(['Lung', 'Made Up'], mapping, ['Pleural Effusion', 'Lung']),
    /"Lung" \(names no concept\), "Made Up" \(not a gold name/,
  );
});

test('labelling scored on a given list only: other labels and No Finding left out', () => {
  const set = {
    name: 's',
    description: '',
    noFindingLabel: 'No Finding',
    labels: [
      { name: 'A', concepts: ['a'], finding: true },
      { name: 'B', concepts: ['b'], finding: true },
    ],
  };
  const golds = new Map([
    ['1', ['A', 'B']],
    ['2', ['No Finding']],
  ]);
  const predicted = new Map([
    ['1', new Set(['A'])],
    ['2', new Set(['B', 'No Finding'])],
  ]);
  const result = scoreLabelling(['1', '2'], golds, predicted, set, ['B']);
  assert.deepEqual(result.labels, ['B']);
  assert.deepEqual([result.all.micro.tp, result.all.micro.fp, result.all.micro.fn], [0, 1, 1]);
});
