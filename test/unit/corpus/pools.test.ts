/** The curated pools against the bundled ontology and label sets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bindPools, curatedForms, curatedIds, LONG_TAIL_FINDINGS } from '../../../tools/corpus';
import { ANATOMY } from '../../../tools/corpus/pools/anatomy.pool';
import { COMMON_FINDINGS } from '../../../tools/corpus/pools/finding.pool';
import { indexVocabulary } from '../../../tools/corpus/vocabulary';
import { bundledVocabulary } from './fixture';
import { LONG_TAIL_LABELS } from './long-tail-labels';

const vocabulary = bundledVocabulary();
const index = indexVocabulary(vocabulary);

test('every curated concept id exists in the ontology', () => {
  const missing = [...curatedIds(), ...Object.values(ANATOMY).map((a) => a.id)].filter((id) => !index.has(id));
  assert.deepEqual(missing, []);
});

test('every curated surface form is a string of its concept in MRCONSO', () => {
  const wrong = curatedForms()
    .filter(({ id, form }) => !index.hasString(id, form))
    .map((f) => `${f.where}: ${f.form} (${f.id})`);
  assert.deepEqual(wrong, []);
  assert.doesNotThrow(() => bindPools(vocabulary));
});

test('binding refuses a vocabulary that lacks a curated concept', () => {
  const strings = new Map(vocabulary.strings);
  strings.delete('D010996');
  assert.throws(() => bindPools({ ...vocabulary, strings }), /unknown concept D010996/);
});

const broad = vocabulary.labelSets.find((s) => s.name === 'chest-radiograph')!;
const labelsOf = (id: string): string[] =>
  broad.labels.filter((l) => l.finding && l.concepts.some((c) => index.isDescendantOrSelf(id, c))).map((l) => l.name);

test('every finding in the pools carries at least one finding label (so abnormal reports are never "No Finding")', () => {
  const unlabelled = [...COMMON_FINDINGS, ...LONG_TAIL_FINDINGS].filter((f) => labelsOf(f.id).length === 0).map((f) => f.id);
  assert.deepEqual(unlabelled, []);
});

test('every long-tail finding carries a label the prevalence test treats as long-tail', () => {
  for (const f of LONG_TAIL_FINDINGS)
    assert.ok(
      labelsOf(f.id).some((l) => LONG_TAIL_LABELS.includes(l)),
      f.id,
    );
});
