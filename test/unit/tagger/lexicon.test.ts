import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_HASHING, featurize } from '../../../src/extraction/tagger/core/features';
import { lexiconMarks } from '../../../src/extraction/tagger/core/lexicon';
import { tokenize } from '../../../src/extraction/tagger/core/tokens';

const TERMS = ['Breast Neoplasms', 'breast neoplasms, male', 'Neoplasms', 'Wiskott-Aldrich Syndrome'];

test('lexicon marks: the longest term wins, words compare lower-cased, split by the tagger tokenizer', () => {
  const tokens = tokenize('Familial breast neoplasms and neoplasms; wiskott - aldrich syndrome.');
  // Familial breast neoplasms and neoplasms ; wiskott - aldrich syndrome .
  assert.deepEqual(lexiconMarks(tokens, TERMS), [null, 'B', 'I', null, 'B', null, 'B', 'I', 'I', 'I', null]);
});

test('lexicon marks: a term with punctuation matches its own tokens; a prefix alone is no match', () => {
  assert.deepEqual(lexiconMarks(tokenize('breast neoplasms, male'), TERMS), ['B', 'I', 'I', 'I']);
  assert.deepEqual(lexiconMarks(tokenize('breast cancer'), TERMS), [null, null]);
  assert.deepEqual(lexiconMarks(tokenize('neoplasms'), []), [null]);
});

test('featurize adds lex=B / lex=I only with a lexicon in the hashing config', () => {
  const tokens = tokenize('male breast neoplasms');
  const plain = featurize(tokens, DEFAULT_HASHING);
  const marked = featurize(tokens, { ...DEFAULT_HASHING, lexicon: TERMS });
  const count = (f: { offsets: Int32Array }, t: number): number => f.offsets[t + 1] - f.offsets[t];
  assert.deepEqual(
    [0, 1, 2].map((t) => count(marked, t) - count(plain, t)),
    [0, 1, 1],
  );
});
