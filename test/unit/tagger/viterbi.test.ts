import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constrainedViterbi } from '../../../src/extraction/tagger/core/viterbi';
import { bioTags, spansToTags, tagsToTokenSpans } from '../../../src/extraction/tagger/core/bio';
import { tokenize } from '../../../src/extraction/tagger/core/tokens';

const L = Math.log;

test('an I-X cannot start a sequence or follow O: B-X I-X wins (0.2·0.8) over O O (0.4·0.1)', () => {
  // tags O, B-X, I-X. Unconstrained argmax would be [O or I-X, I-X].
  const lp = [L(0.4), L(0.2), L(0.4), L(0.1), L(0.1), L(0.8)];
  assert.deepEqual([...constrainedViterbi(lp, 2, 3)], [1, 2]);
});

test('I-B cannot follow B-A: B-B I-B (0.3·0.7) beats B-A I-A (0.6·0.2)', () => {
  // tags O, B-A, I-A, B-B, I-B
  const lp = [L(0.1), L(0.6), -Infinity, L(0.3), -Infinity, L(0.1), L(0.05), L(0.2), L(0.0001), L(0.7)];
  assert.deepEqual([...constrainedViterbi(lp, 2, 5)], [3, 4]);
});

test('when the constraint costs too much the decoder opens a new span instead', () => {
  // O I-X? t0: O .9, B .05, I .05; t1: O .05 B .45 I .5 → O B (.405) beats B I (.025)
  const lp = [L(0.9), L(0.05), L(0.05), L(0.05), L(0.45), L(0.5)];
  assert.deepEqual([...constrainedViterbi(lp, 2, 3)], [0, 1]);
});

test('empty input decodes to an empty path', () => {
  assert.equal(constrainedViterbi([], 0, 3).length, 0);
});

test('spans → BIO tags → spans round trip on token boundaries', () => {
  const text = 'Small left pleural effusion, no pneumothorax.';
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['Small', 'left', 'pleural', 'effusion', ',', 'no', 'pneumothorax', '.'],
  );
  const labels = ['ANAT-DP', 'OBS-DP', 'OBS-DA'];
  assert.deepEqual(bioTags(labels), ['O', 'B-ANAT-DP', 'I-ANAT-DP', 'B-OBS-DP', 'I-OBS-DP', 'B-OBS-DA', 'I-OBS-DA']);
  const spans = [
    { start: 6, end: 18, label: 'ANAT-DP' },
    { start: 19, end: 27, label: 'OBS-DP' },
    { start: 32, end: 44, label: 'OBS-DA' },
  ];
  const tags = spansToTags(tokens, spans, labels);
  assert.deepEqual([...tags], [0, 1, 2, 3, 0, 0, 5, 0]);
  assert.deepEqual(tagsToTokenSpans(tags), [
    { start: 1, end: 3, label: 0 },
    { start: 3, end: 4, label: 1 },
    { start: 6, end: 7, label: 2 },
  ]);
  assert.throws(() => spansToTags(tokens, [{ start: 0, end: 5, label: 'NOPE' }], labels), /NOPE/);
});

test('a stray I-X opens a span; adjacent B-X B-X are two spans', () => {
  assert.deepEqual(tagsToTokenSpans([2, 2, 0, 1, 1]), [
    { start: 0, end: 2, label: 0 },
    { start: 3, end: 4, label: 0 },
    { start: 4, end: 5, label: 0 },
  ]);
});
