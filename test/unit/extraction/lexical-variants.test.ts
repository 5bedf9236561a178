import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline, Dictionary } from '../../../src/extraction/core';
import {
  DEFAULT_VARIANT_RULES,
  loadVariantRules,
  variantCandidates,
  VariantRuleError,
} from '../../../src/extraction/core/lexical-variants';
import { VARIANT_CONFIDENCE } from '../../../src/extraction/core/matcher';
import { RECORDS } from './fixtures';

// One test per rule: each of its examples yields its variant, and only through rules of that kind.
for (const rule of DEFAULT_VARIANT_RULES.suffixes) {
  test(`suffix rule ${rule.id}: -${rule.from} -> ${rule.to.map((t) => `-${t}`).join(' / ')}`, () => {
    const only = { suffixes: [rule], prefixes: [] };
    for (const [word, variant] of rule.examples) assert.ok(variantCandidates(word, only).includes(variant), `${word} -> ${variant}`);
    const tooShort = 'x'.repeat(rule.minStem - 1) + rule.from;
    assert.deepEqual(
      variantCandidates(tooShort, only).filter((w) => rule.to.some((t) => w === tooShort.slice(0, -rule.from.length) + t)),
      [],
      'stem under minStem',
    );
  });
}
for (const rule of DEFAULT_VARIANT_RULES.prefixes) {
  test(`prefix rule ${rule.id}: ${rule.from.join('-, ')}-`, () => {
    for (const [word, variant] of rule.examples) assert.ok(variantCandidates(word).includes(variant), `${word} -> ${variant}`);
    assert.deepEqual(variantCandidates('levox', { suffixes: [], prefixes: [rule] }), [], 'stem under minStem');
  });
}

test('inflections come from the lemmatiser: plurals, -ing and -ed forms', () => {
  assert.ok(variantCandidates('scarring').includes('scar'));
  assert.ok(variantCandidates('calcifications').includes('calcification'));
  assert.ok(variantCandidates('fractured').includes('fracture'));
  assert.ok(variantCandidates('calcified').includes('calcification'), 'lemma then derivation');
});

test('variant rules are validated: unknown keys, bad affixes and missing examples are refused, naming the rule', () => {
  const ok = { id: 'x', from: 'otic', to: ['osis'], minStem: 3, examples: [['a', 'b']] };
  assert.throws(
    () => loadVariantRules({ suffixes: [{ ...ok, direction: 'x' }], prefixes: [] }),
    (e: Error) => e instanceof VariantRuleError && /"x"\): unknown key "direction"/.test(e.message),
  );
  assert.throws(() => loadVariantRules({ suffixes: [{ ...ok, to: [] }], prefixes: [] }), /"to" a non-empty list/);
  assert.throws(() => loadVariantRules({ suffixes: [{ ...ok, examples: [] }], prefixes: [] }), /"examples"/);
  assert.throws(
    () => loadVariantRules({ suffixes: [], prefixes: [{ id: 'p', from: [''], minStem: 3, examples: [['a', 'b']] }] }),
    /prefix rule #0 \("p"\)/,
  );
  assert.throws(() => loadVariantRules({ suffixes: [] }), /"prefixes" must be arrays/);
});

test('the dictionary keeps only variants that are its own words', () => {
  const dict = new Dictionary(RECORDS, { fuzzy: false });
  assert.deepEqual(dict.variantsOf('emphysematous'), ['emphysema']);
  assert.deepEqual(dict.variantsOf('levoscoliosis'), ['scoliosis']);
  assert.deepEqual(dict.variantsOf('hyperinflated'), ['hyperinflation']);
  assert.deepEqual(dict.variantsOf('dextroposition'), [], 'no dictionary word among the candidates');
  assert.deepEqual(dict.variantsOf('lung'), [], 'short words are left alone');
});

test('report words link through their variants, below exact confidence; longest match still wins', () => {
  const pipe = createPipeline({ dictionary: RECORDS, fuzzy: false });
  const text = 'Atelectatic changes. Mild dextroscoliosis. Emphysematous lungs. No calcified granuloma.';
  const found = pipe.extract(text).map((m) => [m.text, m.conceptId, m.assertion, m.confidence]);
  assert.deepEqual(found, [
    ['Atelectatic', 'C0004144', 'PRESENT', VARIANT_CONFIDENCE],
    ['dextroscoliosis', 'C0009924', 'PRESENT', VARIANT_CONFIDENCE],
    ['Emphysematous', 'C0085649', 'PRESENT', VARIANT_CONFIDENCE],
    ['lungs', 'C0024109', 'PRESENT', 1],
    ['calcified granuloma', 'C0700590', 'ABSENT', 1],
  ]);
});
