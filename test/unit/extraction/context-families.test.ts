/**
 * The trigger families grown for real radiologists' wording (issue 10, class 5), one test
 * per family, plus the de-identification masks inside triggers and normal statements.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportConceptAssertions } from '../../../src/extraction';
import { pipeline } from './fixtures';

const assertions = (text: string): [string, string][] => pipeline().extract(text).map((m) => [m.text, m.assertion]);

test('negation family: "clear of", "fails to reveal", "no new"', () => {
  assert.deepEqual(assertions('The lungs are clear of consolidation, pneumothorax or pleural effusion.').slice(-3), [
    ['consolidation', 'ABSENT'], ['pneumothorax', 'ABSENT'], ['pleural effusion', 'ABSENT'],
  ]);
  assert.deepEqual(assertions('Fails to reveal pneumothorax.'), [['pneumothorax', 'ABSENT']]);
  assert.deepEqual(assertions('No new consolidation.'), [['consolidation', 'ABSENT']]);
});

test('within-normal-limits family: a finding declared within normal limits is absent, its anatomy is not', () => {
  const found = pipeline().extract('Heart size and pulmonary edema appear within limits of normal.');
  assert.deepEqual(found.map((m) => [m.text, m.assertion]), [['Heart', 'PRESENT'], ['pulmonary edema', 'ABSENT']]);
  assert.deepEqual(assertions('Pleural effusion within normal limits.'), [['Pleural effusion', 'ABSENT']]);
});

test('uncertainty family (CheXpert labeler): concern, suspicion, question, differential, consider, correlate', () => {
  const cases: [string, string][] = [
    ['Raises concern for pneumonia.', 'pneumonia'],
    ['Suspicion for bilateral pleural effusions.', 'pleural effusions'],
    ['Question small pneumothorax.', 'pneumothorax'],
    ['Small pleural effusions suspected.', 'pleural effusions'],
    ['The differential diagnosis includes pulmonary edema.', 'pulmonary edema'],
    ['Pneumonia would be a consideration.', 'Pneumonia'],
    ['Please correlate clinically for pneumonia.', 'pneumonia'],
    ['This may be secondary to edema.', 'edema'],
    ['If symptoms persist, consider rib fracture.', 'rib fracture'],
    ['Possibility of pneumonia.', 'pneumonia'],
    ['Pneumonia should be excluded.', 'Pneumonia'],
  ];
  for (const [text, sub] of cases) assert.deepEqual(assertions(text), [[sub, 'UNCERTAIN']], text);
});

test('historical family (ConText HISTORICAL): history of, previous, resolved', () => {
  assert.deepEqual(assertions('History of pneumonia.'), [['pneumonia', 'ABSENT']]);
  assert.deepEqual(assertions('Findings consistent with previous pneumonia.'), [['pneumonia', 'ABSENT']]);
  assert.deepEqual(assertions('Resolved pulmonary edema.'), [['pulmonary edema', 'ABSENT']]);
});

test('a de-identification mask inside a trigger stands for one of its words, never for a whole trigger', () => {
  assert.deepEqual(assertions('Opacity, most XXXX pneumonia.'), [['Opacity', 'PRESENT'], ['pneumonia', 'UNCERTAIN']]);
  assert.deepEqual(assertions('No XXXX pneumothorax.'), [['pneumothorax', 'ABSENT']], 'a mask between trigger and finding');
  assert.deepEqual(assertions('XXXX pneumothorax.'), [['pneumothorax', 'PRESENT']], 'a mask alone is no trigger');
});

test('normal statements: anatomy named only in a normal statement is marked normal, findings are not', () => {
  const normal = (text: string): [string, boolean][] => pipeline().extract(text).map((m) => [m.text, m.normal === true]);
  assert.deepEqual(normal('The heart is normal in size.'), [['heart', true]]);
  assert.deepEqual(normal('The heart is enlarged.').map(([, n]) => n), [false, false], 'a finding in the sentence');
  assert.deepEqual(normal('No pleural effusion. The lung is clear.'), [['pleural effusion', false], ['lung', true]]);
  assert.deepEqual(normal('Right lower lobe pneumonia, heart normal.'), [['Right lower lobe', false], ['pneumonia', false], ['heart', false]]);
});

test('concept level: a concept is normal only when every mention of it is', () => {
  const mentions = pipeline().extract('The heart is normal in size. Heart size is increased compared to the lung.');
  const byId = new Map(reportConceptAssertions(mentions).map((c) => [c.conceptName, c.normal]));
  assert.equal(byId.get('Heart'), false, 'also named outside a normal statement');
  assert.deepEqual(reportConceptAssertions(pipeline().extract('The heart is normal in size.')).map((c) => c.normal), [true]);
});
