import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSections, splitSentences, tokenize } from '../../../src/extraction/core';
import { pipeline, view } from './fixtures';

function sentences(text: string): string[] {
  return pipeline()
    .process(text)
    .sentences.map((s) => text.slice(s.start, s.end));
}

test('tokens keep offsets into the original text', () => {
  const text = 'Nodule 3.5 cm, ground-glass [**Name**] XXXX ___.';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    toks.map((t) => `${t.text}/${t.kind}`),
    [
      'Nodule/word',
      '3.5/number',
      'cm/word',
      ',/punct',
      'ground/word',
      '-/punct',
      'glass/word',
      '[**Name**]/deid',
      'XXXX/deid',
      '___/deid',
      './punct',
    ],
  );
});

test('numbered lists: each item is its own sentence, "1." is not an end', () => {
  assert.deepEqual(sentences('1. No pneumothorax. 2. Small effusion.'), ['No pneumothorax.', 'Small effusion.']);
  assert.deepEqual(sentences('1. No pneumothorax\n2. Small effusion\n3. Cardiomegaly'), [
    'No pneumothorax',
    'Small effusion',
    'Cardiomegaly',
  ]);
  assert.deepEqual(sentences('1. Lines and tubes as above 2. Small effusion'), ['Lines and tubes as above', 'Small effusion']);
});

test('abbreviations, decimals and de-identification tokens do not end sentences', () => {
  assert.deepEqual(sentences('Discussed with Dr. Smith at 10:00. No effusion.'), ['Discussed with Dr. Smith at 10:00.', 'No effusion.']);
  assert.deepEqual(sentences('Nodule measures approx. 3.5 cm. No effusion.'), ['Nodule measures approx. 3.5 cm.', 'No effusion.']);
  assert.deepEqual(sentences('Atelectasis vs. pneumonia, e.g. aspiration. Stable.'), [
    'Atelectasis vs. pneumonia, e.g. aspiration.',
    'Stable.',
  ]);
  assert.deepEqual(sentences('Dr. XXXX was notified. No effusion.'), ['Dr. XXXX was notified.', 'No effusion.']);
  assert.deepEqual(sentences('Called to [**Name**] on ___. No pneumothorax.'), ['Called to [**Name**] on ___.', 'No pneumothorax.']);
});

test('a blank line ends a sentence; a wrapped line does not', () => {
  assert.deepEqual(sentences('No pleural effusion or\npneumothorax.'), ['No pleural effusion or\npneumothorax.']);
  assert.deepEqual(sentences('Stable cardiomegaly\n\nNo pneumothorax'), ['Stable cardiomegaly', 'No pneumothorax']);
  assert.deepEqual(view('No pleural effusion or\npneumothorax.'), ['pleural effusion|ABSENT', 'pneumothorax|ABSENT']);
  assert.deepEqual(view('No pleural effusion\n\npneumothorax'), ['pleural effusion|ABSENT', 'pneumothorax|PRESENT']);
});

test('sections: headers with or without colon, any case at line start', () => {
  const text = 'EXAMINATION: CHEST PA AND LAT\nClinical history: cough\nComparison: None.\nFINDINGS\nNo effusion.\nimpression: Normal.';
  assert.deepEqual(
    splitSections(text).map((s) => `${s.name}:${text.slice(s.start, s.end).trim()}`),
    ['TECHNIQUE:CHEST PA AND LAT', 'INDICATION:cough', 'COMPARISON:None.', 'FINDINGS:No effusion.', 'IMPRESSION:Normal.'],
  );
  const caps = 'FINDINGS The lungs are clear.\nIMPRESSION No acute process.';
  assert.deepEqual(
    splitSections(caps).map((s) => s.name),
    ['FINDINGS', 'IMPRESSION'],
  );
  assert.deepEqual(
    splitSections('REASON FOR EXAM: fever').map((s) => s.name),
    ['INDICATION'],
  );
});

test('sections: no headers gives one NONE section; prose is not a header', () => {
  assert.deepEqual(
    splitSections('The lungs are clear.').map((s) => s.name),
    ['NONE'],
  );
  assert.deepEqual(
    splitSections('Findings are consistent with edema.').map((s) => s.name),
    ['NONE'],
  );
  assert.deepEqual(view('Findings are consistent with edema.'), ['edema|PRESENT']);
});

test('only FINDINGS, IMPRESSION and NONE assert findings by default', () => {
  const text = 'INDICATION: rule out pneumonia\nHISTORY: prior pneumothorax\nFINDINGS: No effusion.\nIMPRESSION: Atelectasis.';
  assert.deepEqual(view(text), ['effusion|ABSENT', 'Atelectasis|PRESENT']);
  const flagged = pipeline({ sectionPolicy: 'flag' }).extract(text);
  assert.deepEqual(
    flagged.map((m) => `${m.section}:${m.text}|${m.assertion}|${m.countsAsFinding}`),
    [
      'INDICATION:pneumonia|UNCERTAIN|false',
      'INDICATION:pneumothorax|PRESENT|false',
      'FINDINGS:effusion|ABSENT|true',
      'IMPRESSION:Atelectasis|PRESENT|true',
    ],
  );
  assert.deepEqual(view(text, { assertingSections: ['FINDINGS', 'IMPRESSION', 'INDICATION'] }).slice(0, 1), ['pneumonia|UNCERTAIN']);
});

test('sentences never cross a section boundary', () => {
  const doc = pipeline().process('FINDINGS: No effusion\nIMPRESSION: pneumothorax');
  assert.deepEqual(
    doc.sentences.map((s) => s.section),
    ['FINDINGS', 'IMPRESSION'],
  );
  assert.deepEqual(splitSentences('a', [], []), []);
});
