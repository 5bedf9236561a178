import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Dictionary, categoryOf } from '../../../src/extraction/core';
import { foldPlural } from '../../../src/extraction/core/word-folding';
import { osaDistance, trigrams, TrigramIndex } from '../../../src/extraction/core/fuzzy';
import { at, find, pipeline, spans, view } from './fixtures';

test('plural folding, with the -sis / -ss / irregular exceptions', () => {
  const cases: [string, string][] = [
    ['opacities', 'opacity'],
    ['effusions', 'effusion'],
    ['nodules', 'nodule'],
    ['masses', 'mass'],
    ['atelectasis', 'atelectasis'],
    ['bronchiectasis', 'bronchiectasis'],
    ['stenosis', 'stenosis'],
    ['diabetes', 'diabetes'],
    ['lues', 'lues'],
    ['pneumothoraces', 'pneumothorax'],
    ['pleurae', 'pleura'],
    ['pneumothorax', 'pneumothorax'],
    ['apices', 'apex'],
    ['mass', 'mass'],
    ['bronchus', 'bronchus'],
  ];
  for (const [word, folded] of cases) assert.equal(foldPlural(word), folded, word);
});

test('case, plural, hyphen and spacing variants match the same concept', () => {
  const texts = [
    'Ground-glass opacity.',
    'ground glass opacities.',
    'GROUND GLASS OPACITY.',
    'Groundglass opacity.',
    'ground   glass\nopacity',
  ];
  for (const text of texts) {
    const [m] = pipeline().extract(text);
    assert.equal(m?.conceptId, 'C3544344', text);
  }
  const text = 'Bilateral pleural effusions and pneumothoraces.';
  assert.deepEqual(spans(text), [at(text, 'pleural effusions', 'PRESENT'), at(text, 'pneumothoraces', 'PRESENT')]);
});

test('longest match wins over shorter terms inside it', () => {
  const text = 'Pulmonary edema and right lower lobe consolidation.';
  const ms = pipeline().extract(text);
  assert.deepEqual(
    ms.map((m) => `${m.text}:${m.conceptId}`),
    ['Pulmonary edema:C0034063', 'right lower lobe:C0225758', 'consolidation:C0521530'],
  );
});

test('terms never cross punctuation barriers', () => {
  assert.deepEqual(view('Pulmonary, edema.'), ['edema|PRESENT']);
});

test('short all-caps abbreviations match only as written, as whole tokens', () => {
  assert.deepEqual(view('Small PTX. RLL opacity.'), ['PTX|PRESENT', 'RLL|PRESENT', 'opacity|PRESENT']);
  assert.deepEqual(view('the ptx and rll'), []);
  assert.deepEqual(view('PTXs resolved.'), ['PTXs|ABSENT']);
  assert.deepEqual(view('HPTX present.'), []);
});

test('semantic-type table: OBS, ANAT, not-a-mention', () => {
  assert.equal(categoryOf(['T047']), 'OBS');
  assert.equal(categoryOf(['T074']), 'OBS');
  assert.equal(categoryOf(['T061']), 'OBS');
  assert.equal(categoryOf(['T029']), 'ANAT');
  assert.equal(categoryOf(['T023', 'T033']), 'OBS');
  assert.equal(categoryOf(['T080']), null);
  assert.equal(categoryOf(['T169']), null);
  assert.deepEqual(view('Severe effusion.'), ['effusion|PRESENT']);
  assert.deepEqual(
    view('ET tube in place. Heart size normal.').map((v) => v.split('|')[0]),
    ['ET tube', 'Heart'],
  );
  const heart = find(pipeline().extract('Heart.'), 'Heart');
  assert.equal(heart.category, 'ANAT');
});

test('fuzzy linking catches typos with confidence below 1', () => {
  const cases: [string, string][] = [
    ['Pnuemothorax.', 'C0032326'],
    ['Small effusoin.', 'C0032227'],
    ['Cardiomegally.', 'C0018800'],
    ['Atelectesis.', 'C0004144'],
  ];
  for (const [text, cui] of cases) {
    const ms = pipeline().extract(text);
    assert.equal(ms.length, 1, text);
    const m = ms[0];
    assert.equal(m.conceptId, cui, text);
    assert.ok(m.confidence >= 0.75 && m.confidence < 1, `${text}: ${m.confidence}`);
  }
  // Exact matches have confidence 1; typos inside multi-word terms still link.
  assert.equal(pipeline().extract('Pleural effusion.')[0]?.confidence, 1);
  const multi = pipeline().extract('Right plueral effusion.');
  assert.equal(multi[0]?.text, 'plueral effusion');
  assert.equal(multi[0]?.conceptId, 'C0032227');
  // Negation still applies to fuzzy matches.
  assert.deepEqual(view('No pnuemothorax.'), ['pnuemothorax|ABSENT']);
});

test('fuzzy linking leaves ordinary and short words alone', () => {
  assert.deepEqual(view('The patient is stable. Tubes unchanged. Motion artifact.'), []);
  assert.deepEqual(view('Edma.'), []); // under 5 characters
  assert.deepEqual(pipeline({ fuzzy: false }).extract('Pnuemothorax.'), []);
});

test('trigram index internals', () => {
  assert.deepEqual(trigrams('ab'), ['#ab', 'ab#']);
  assert.equal(osaDistance('effusoin', 'effusion'), 1);
  assert.equal(osaDistance('kitten', 'sitting'), 3);
  const index = new TrigramIndex(['pneumothorax', 'pneumonia', 'effusion']);
  assert.equal(index.lookup('pnuemothorax')?.word, 'pneumothorax');
  assert.equal(index.lookup('table'), null);
});

test('one concept is chosen when several share a term, by semantic type then id', () => {
  const dict = new Dictionary([
    { conceptId: 'C2', term: 'cold', semanticTypes: ['T033'], preferred: true },
    { conceptId: 'C1', term: 'cold', semanticTypes: ['T047'], preferred: true },
    { conceptId: 'C3', term: 'cold', semanticTypes: ['T081'], preferred: true },
  ]);
  const p = pipeline({ dictionary: dict });
  assert.equal(p.extract('Cold.')[0]?.conceptId, 'C1');
  assert.equal(p.extract('Cold.')[0]?.conceptName, 'cold');
});
