import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapGoldNames, nonFindingNames, parseGoldCell } from '../../../tools/evaluation/gold-labels';
import { bm25Query, escapeLuceneTerm, tokenize } from '../../../src/similarity/lexical/lucene-query';

test('gold cells: split on ;, trimmed, deduplicated, No Finding spelled one way', () => {
  assert.deepEqual(parseGoldCell(' Edema ;edema;; no finding ;Pneumonia'), ['Edema', 'No Finding', 'Pneumonia']);
  assert.deepEqual(parseGoldCell(''), []);
  assert.deepEqual(parseGoldCell(undefined), []);
});

test('mapping prefers preferred names, else all synonym hits; No Finding is never looked up', () => {
  const mapping = mapGoldNames(
    ['Pleural Effusion', 'COPD', 'Made Up', 'No Finding'],
    [
      { norm: 'pleural effusion', conceptId: 'D1', preferred: true },
      { norm: 'pleural effusion', conceptId: 'D9', preferred: false },
      { norm: 'copd', conceptId: 'C2', preferred: false },
      { norm: 'copd', conceptId: 'C1', preferred: false },
    ],
  );
  assert.deepEqual(
    [...mapping.mapped],
    [
      ['Pleural Effusion', ['D1']],
      ['COPD', ['C1', 'C2']],
    ],
  );
  assert.deepEqual(mapping.unmapped, ['Made Up']);
});

test('non-finding names are those seen next to No Finding', () => {
  assert.deepEqual([...nonFindingNames([['No Finding', 'Support Devices'], ['Edema', 'Support Devices'], ['Edema']])], ['Support Devices']);
});

test('BM25 query: distinct terms in order, capped, no Lucene syntax left', () => {
  assert.deepEqual(tokenize('No PTX; R-sided effusion (small)!'), ['no', 'ptx', 'r', 'sided', 'effusion', 'small']);
  assert.equal(bm25Query('Effusion? effusion AND "pneumonia" OR x:y', 4), 'effusion "and" pneumonia "or"');
  assert.equal(escapeLuceneTerm('a+b'), 'a\\+b');
});
