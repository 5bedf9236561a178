import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationDefinitions, DEFAULT_HASHING, tokenFeatures } from '../../../src/extraction/tagger/core/features';
import { tokenize } from '../../../src/extraction/tagger/core/tokens';

test('abbreviations defined as "long form (ABBR)" give every ABBR the long form\'s last word as a feature', () => {
  const tokens = tokenize('Wiskott-Aldrich syndrome (WAS) is rare. WAS patients (n = 3) and (was) not.');
  const defs = abbreviationDefinitions(tokens);
  assert.deepEqual([...defs], [['WAS', 'syndrome']]);
  const at = tokens.findIndex((t, i) => i > 6 && t.text === 'WAS');
  const features = tokenFeatures(tokens, at, DEFAULT_HASHING, defs);
  assert.ok(features.includes('ab=syndrome') && features.includes('ab3=ome'));
  assert.ok(features.includes('b-=.|was') && features.includes('b+=was|patients'), 'word bigrams');
  assert.ok(
    !tokenFeatures(tokens, at, { ...DEFAULT_HASHING, bigrams: false }).some((f) => f.startsWith('b-=')),
    'older models: no bigrams',
  );
});
