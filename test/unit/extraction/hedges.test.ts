import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, spans, view } from './fixtures';

test('each hedge family makes the finding UNCERTAIN', () => {
  const cases: [string, string][] = [
    ['This may represent atelectasis.', 'atelectasis'],
    ['This may be pneumonia.', 'pneumonia'],
    ['Findings could represent edema.', 'edema'],
    ['Cannot exclude pneumonia.', 'pneumonia'],
    ['A small pleural effusion cannot be excluded.', 'pleural effusion'],
    ['Pneumonia can not be ruled out.', 'Pneumonia'],
    ['Early pneumonia not excluded.', 'pneumonia'],
    ['Question of pneumothorax.', 'pneumothorax'],
    ['Questionable nodule.', 'nodule'],
    ['Possible consolidation.', 'consolidation'],
    ['This is possibly atelectasis.', 'atelectasis'],
    ['Probable pneumonia.', 'pneumonia'],
    ['Findings suggestive of edema.', 'edema'],
    ['Appearance suggests pneumonia.', 'pneumonia'],
    ['Likely atelectasis.', 'atelectasis'],
    ['Atelectasis is likely.', 'Atelectasis'],
    ['Concerning for pneumonia.', 'pneumonia'],
    ['Differential includes edema.', 'edema'],
    ['Worrisome for pneumonia.', 'pneumonia'],
    ['Suspicious for mass.', 'mass'],
    ['Cannot rule out pneumothorax.', 'pneumothorax'],
    ['This may reflect atelectasis.', 'atelectasis'],
    ['Presumably atelectasis.', 'atelectasis'],
    ['Pneumonia?', 'Pneumonia'],
    ['?pneumonia', 'pneumonia'],
  ];
  for (const [text, sub] of cases) assert.deepEqual(spans(text), [at(text, sub, 'UNCERTAIN')], text);
});

test('a two-way hedge after a comma qualifies only what follows', () => {
  assert.deepEqual(view('Left lower lobe opacity, likely atelectasis.'), [
    'Left lower lobe|PRESENT',
    'opacity|PRESENT',
    'atelectasis|UNCERTAIN',
  ]);
});

test('versus / vs hedges both sides', () => {
  assert.deepEqual(view('Atelectasis versus pneumonia.'), ['Atelectasis|UNCERTAIN', 'pneumonia|UNCERTAIN']);
  assert.deepEqual(view('Atelectasis vs. pneumonia.'), ['Atelectasis|UNCERTAIN', 'pneumonia|UNCERTAIN']);
});

test('"consistent with" and "compatible with" affirm (documented choice)', () => {
  assert.deepEqual(view('Findings consistent with pneumonia.'), ['pneumonia|PRESENT']);
  assert.deepEqual(view('Opacity compatible with atelectasis.'), ['Opacity|PRESENT', 'atelectasis|PRESENT']);
});

test('historical / resolved findings are ABSENT', () => {
  const cases: [string, string][] = [
    ['Interval resolution of pneumothorax.', 'pneumothorax'],
    ['The pleural effusion has resolved.', 'pleural effusion'],
    ['Pneumothorax resolved.', 'Pneumothorax'],
    ['The nodule is no longer seen.', 'nodule'],
    ['Previously seen consolidation is no longer visualized.', 'consolidation'],
    ['Previously seen opacity has resolved.', 'opacity'],
    ['Status post resolution of pneumonia.', 'pneumonia'],
  ];
  for (const [text, sub] of cases) assert.deepEqual(spans(text), [at(text, sub, 'ABSENT')], text);
});

test('precedence when triggers meet', () => {
  // A hedge over a negation stays a hedge.
  assert.deepEqual(view('Cannot exclude small effusion.'), ['effusion|UNCERTAIN']);
  // "definite" is not a hedge: the negation stands.
  assert.deepEqual(view('No definite pneumothorax.'), ['pneumothorax|ABSENT']);
  // "but" splits negation and hedge.
  assert.deepEqual(view('No pneumothorax but possible small effusion.'), ['pneumothorax|ABSENT', 'effusion|UNCERTAIN']);
  // A trigger of another category cuts the scope: hedge, then negation.
  assert.deepEqual(view('Possible pneumonia, no effusion.'), ['pneumonia|UNCERTAIN', 'effusion|ABSENT']);
  // Negation scope cut by a hedge that follows.
  assert.deepEqual(view('No pneumothorax, possible atelectasis.'), ['pneumothorax|ABSENT', 'atelectasis|UNCERTAIN']);
});

test('a hedge inside one numbered item does not leak into the next', () => {
  assert.deepEqual(view('1. Possible pneumonia. 2. Pleural effusion.'), ['pneumonia|UNCERTAIN', 'Pleural effusion|PRESENT']);
});
