import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline, type DictionaryRecord } from '../../../src/extraction/core';

const record = (conceptId: string, term: string, tui: string, preferred = false): DictionaryRecord => ({
  conceptId,
  term,
  semanticTypes: [tui],
  preferred,
});
const pipeline = createPipeline({
  dictionary: [
    record('HEART', 'heart', 'T023', true),
    record('CARDIOMEGALY', 'cardiomegaly', 'T047', true),
    record('CARDIOMEGALY', 'enlarged heart', 'T047'),
    record('AORTA', 'aorta', 'T023', true),
    record('TORTUOUS_AORTA', 'tortuous aorta', 'T033', true),
  ],
});
const findings = (text: string) =>
  pipeline
    .extract(`FINDINGS: ${text}`)
    .filter((m) => m.category === 'OBS')
    .map((m) => [m.text, m.conceptId, m.assertion]);

test('"<anatomy> is <adjective>" links as "<adjective> <anatomy>", spanning the adjective', () => {
  assert.deepEqual(findings('The heart is enlarged.'), [['enlarged', 'CARDIOMEGALY', 'PRESENT']]);
  assert.deepEqual(findings('Heart size is mildly enlarged.'), [['enlarged', 'CARDIOMEGALY', 'PRESENT']]);
  assert.deepEqual(findings('The aorta remains tortuous.'), [['tortuous', 'TORTUOUS_AORTA', 'PRESENT']]);
});

test('the predicate is asserted by ConText like any mention', () => {
  assert.deepEqual(findings('The heart is not enlarged.'), [['enlarged', 'CARDIOMEGALY', 'ABSENT']]);
  assert.deepEqual(findings('The heart is possibly enlarged.'), [['enlarged', 'CARDIOMEGALY', 'UNCERTAIN']]);
});

test('no concept for the phrase, or no copula: nothing is added', () => {
  assert.deepEqual(findings('The heart is normal.'), []);
  assert.deepEqual(findings('The heart enlarged.'), []);
  assert.deepEqual(findings('The aorta is calcified.'), []);
});
