import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePubtator, PubtatorFormatError } from '../../../src/spans/core/pubtator';

const DOC = [
  '1|t|Breast cancer genes.',
  '1|a|BRCA1 causes breast cancer (BC).',
  '1\t0\t13\tBreast cancer\tSpecificDisease\tD001943',
  '1\t34\t47\tbreast cancer\tSpecificDisease\tD001943',
  '1\t49\t51\tBC\tModifier\tD001943',
  '',
  '2|t|Nothing here.',
  '2|a|',
  '',
].join('\n');

test('PubTator: title + " " + abstract, offsets into that text, the scheme maps classes to labels', () => {
  const docs = parsePubtator(DOC, (c) => (c === 'Modifier' ? null : 'Disease'));
  assert.equal(docs.length, 2);
  assert.equal(docs[0].text, 'Breast cancer genes. BRCA1 causes breast cancer (BC).');
  assert.deepEqual(
    docs[0].spans.map((s) => [docs[0].text.slice(s.start, s.end), s.label, s.sourceClass]),
    [
      ['Breast cancer', 'Disease', 'SpecificDisease'],
      ['breast cancer', 'Disease', 'SpecificDisease'],
    ],
  );
  assert.deepEqual(docs[1].spans, []);
  assert.equal(parsePubtator(DOC)[0].spans[2].label, 'Modifier', 'without a scheme the class is the label');
});

test('PubTator: a mention whose text or offsets do not match is refused with its line number', () => {
  assert.throws(
    () => parsePubtator(DOC.replace('34\t47', '35\t48')),
    (e: unknown) => e instanceof PubtatorFormatError && e.line === 4,
  );
  assert.throws(
    () => parsePubtator(DOC.replace('49\t51', '49\t99')),
    (e: unknown) => e instanceof PubtatorFormatError && e.line === 5,
  );
  assert.throws(
    () => parsePubtator('1|t|x\nnot a line'),
    (e: unknown) => e instanceof PubtatorFormatError && e.line === 2,
  );
  // quotes written as spaces in the mention text (as in the NCBI corpus) are accepted
  assert.equal(parsePubtator('3|t|a "b" c\n3|a|\n3\t0\t7\ta  b  c\tX').length, 1);
});
