import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TfIdfIndex } from '../../../tools/evaluation/tfidf';

test('TF-IDF cosine on a hand-computed case', () => {
  // N = 3; df(cat) = 2, df(dog) = df(fish) = 1.
  // idf(cat) = ln(4/3) + 1 = 1.28768, idf(dog) = ln(4/2) + 1 = 1.69315
  // A = (cat 1.28768, dog 1.69315) / 2.12718 = (0.60535, 0.79596); B = (cat 1)
  // cos(A, B) = 0.60535; C shares no term with A.
  const index = new TfIdfIndex([
    { id: 'A', text: 'Cat dog.' },
    { id: 'B', text: 'cat' },
    { id: 'C', text: 'fish' },
  ]);
  assert.ok(Math.abs(index.similarity('A', 'B') - 0.60535) < 1e-5);
  assert.equal(index.similarity('A', 'C'), 0);
  assert.ok(Math.abs(index.similarity('A', 'A') - 1) < 1e-12);
  assert.deepEqual(
    index.neighbours('A', 5).map((n) => n.id),
    ['B'],
  );
});

test('repeated terms weigh by count; ties are broken by id', () => {
  // D = (x 2·idf(x)), E = (x idf(x)) after normalisation are both the unit vector along x.
  const index = new TfIdfIndex([
    { id: 'Q', text: 'x' },
    { id: 'E', text: 'x' },
    { id: 'D', text: 'x x' },
    { id: 'F', text: 'x y' },
  ]);
  assert.deepEqual(
    index.neighbours('Q', 2).map((n) => n.id),
    ['D', 'E'],
  );
  assert.ok(index.similarity('Q', 'F') < 1);
  assert.throws(() => index.neighbours('nope', 1), /No document with id "nope"/);
});
