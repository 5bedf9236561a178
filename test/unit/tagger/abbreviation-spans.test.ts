import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abbreviationPairs,
  applyAbbreviationRule,
  bestLongFormStart,
  initialsStart,
} from '../../../src/extraction/tagger/core/abbreviation-spans';
import { tokenize } from '../../../src/extraction/tagger/core/tokens';
import { buildMetadata, parseMetadata } from '../../../src/extraction/tagger/core/weights';
import { DEFAULT_HASHING } from '../../../src/extraction/tagger/core/features';

// Familial(0) adenomatous(1) polyposis(2) coli(3) ((4) APC(5) )(6) is(7) rare(8) .(9) APC(10) and(11)
// breast(12) cancer(13) ((14) BC(15) )(16) differ(17) ;(18) BC(19) recurs(20) .(21)
const TEXT = 'Familial adenomatous polyposis coli (APC) is rare. APC and breast cancer (BC) differ; BC recurs.';
const TOKENS = tokenize(TEXT);

test('Schwartz–Hearst long form: letters right to left, the first at a word start', () => {
  // c of "coli", the second p of "polyposis", then an a that starts a word: "adenomatous" at 9.
  assert.equal(bestLongFormStart('APC', 'Familial adenomatous polyposis coli'), 9);
  // b of "breast" at 8 ("APC and " is 8 characters).
  assert.equal(bestLongFormStart('BC', 'APC and breast cancer'), 8);
  // letters out of order: no in-order long form.
  assert.equal(bestLongFormStart('DM', 'myotonic dystrophy'), -1);
});

test('abbreviation pairs: the Schwartz–Hearst long form, or initials in any order, else none', () => {
  assert.deepEqual(abbreviationPairs(TOKENS), [
    { longStart: 1, longEnd: 4, short: ['APC'] },
    { longStart: 12, longEnd: 14, short: ['BC'] },
  ]);
  const dm = tokenize('myotonic dystrophy (DM)');
  assert.equal(initialsStart('DM', dm, 0, 2), 0);
  assert.deepEqual(abbreviationPairs(dm), [{ longStart: 0, longEnd: 2, short: ['DM'] }]);
  // Not short forms: a statistic with spaces, a single letter, a lone count.
  assert.deepEqual(abbreviationPairs(tokenize('higher (P < 0.05) in 12 patients (n=12) with it (a)')), []);
});

const LONG_APC = { start: 1, end: 4, label: 0, confidence: 0.9 };
const LONE_BC = { start: 19, end: 20, label: 0, confidence: 0.6 };

test('rule propagate: a tagged long form tags every free occurrence of its short form, with its label', () => {
  assert.deepEqual(applyAbbreviationRule(TOKENS, [LONE_BC, LONG_APC], 'propagate'), [
    LONG_APC,
    { start: 5, end: 6, label: 0, confidence: 0.9 },
    { start: 10, end: 11, label: 0, confidence: 0.9 },
    LONE_BC,
  ]);
  // An occurrence already inside a span is left alone; the label is the long form's.
  const wide = { start: 10, end: 13, label: 1, confidence: 0.5 };
  assert.deepEqual(applyAbbreviationRule(TOKENS, [{ ...LONG_APC, label: 1 }, wide], 'propagate'), [
    { ...LONG_APC, label: 1 },
    { start: 5, end: 6, label: 1, confidence: 0.9 },
    wide,
  ]);
});

test('rule consistent: also drops short-form spans whose long form is untagged; none changes nothing', () => {
  assert.deepEqual(applyAbbreviationRule(TOKENS, [LONE_BC, LONG_APC], 'consistent'), [
    LONG_APC,
    { start: 5, end: 6, label: 0, confidence: 0.9 },
    { start: 10, end: 11, label: 0, confidence: 0.9 },
  ]);
  assert.deepEqual(applyAbbreviationRule(TOKENS, [LONE_BC, LONG_APC], 'none'), [LONE_BC, LONG_APC]);
});

test('the rule travels in the model metadata, only when on; an unknown rule is refused on load', () => {
  const tags = ['O', 'B-Disease', 'I-Disease'];
  assert.equal('abbreviationRule' in buildMetadata(DEFAULT_HASHING, ['Disease'], tags, 'tanh'), false);
  const on = buildMetadata(DEFAULT_HASHING, ['Disease'], tags, 'tanh', 'consistent');
  assert.equal(parseMetadata(JSON.stringify(on)).abbreviationRule, 'consistent');
  assert.throws(() => parseMetadata(JSON.stringify({ ...on, abbreviationRule: 'always' })), /abbreviationRule must be one of/);
});
