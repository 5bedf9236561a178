import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, spans, view } from './fixtures';

test('pre-negation triggers negate what follows', () => {
  const cases: [string, string][] = [
    ['No pneumothorax.', 'pneumothorax'],
    ['There is no pleural effusion.', 'pleural effusion'],
    ['The lungs are clear, without consolidation.', 'consolidation'],
    ['Negative for pneumonia.', 'pneumonia'],
    ['No evidence of pneumothorax.', 'pneumothorax'],
    ['Free of consolidation.', 'consolidation'],
    ['Absence of pleural effusion is noted.', 'pleural effusion'],
    ['No signs of edema.', 'edema'],
    ['No definite pneumothorax.', 'pneumothorax'],
  ];
  for (const [text, sub] of cases)
    assert.deepEqual(
      spans(text).filter((s) => !s.includes('lungs')),
      [at(text, sub, 'ABSENT')],
      text,
    );
});

test('post-negation triggers negate what precedes', () => {
  const cases: [string, string][] = [
    ['A pneumothorax is not seen.', 'pneumothorax'],
    ['Pleural effusion is not identified.', 'Pleural effusion'],
    ['Effusions are absent.', 'Effusions'],
    ['Pneumonia is not present.', 'Pneumonia'],
    ['Pneumothorax has been ruled out.', 'Pneumothorax'],
    ['Consolidation not identified.', 'Consolidation'],
    ['Edema is not visualized on this study.', 'Edema'],
  ];
  for (const [text, sub] of cases) assert.deepEqual(spans(text), [at(text, sub, 'ABSENT')], text);
});

test('pseudo-triggers do not negate', () => {
  const cases: [string, string][] = [
    ['No change in the small pleural effusion.', 'pleural effusion'],
    ['No significant change in cardiomegaly.', 'cardiomegaly'],
    ['No interval change in bibasilar atelectasis.', 'atelectasis'],
    ['No increase in pulmonary edema.', 'pulmonary edema'],
    ['Pleural effusion without change.', 'Pleural effusion'],
    ['Not only consolidation is present.', 'consolidation'],
  ];
  for (const [text, sub] of cases) assert.deepEqual(spans(text), [at(text, sub, 'PRESENT')], text);
  // "not certain whether" is a hedge, not a negation and not a pseudo-trigger.
  assert.deepEqual(view('Not certain whether pneumonia is present.'), ['pneumonia|UNCERTAIN']);
});

test('a pseudo-trigger cuts a preceding negation scope', () => {
  assert.deepEqual(view('No pneumothorax and no change in the pleural effusion.'), ['pneumothorax|ABSENT', 'pleural effusion|PRESENT']);
});

test('terminators end the negation scope', () => {
  const terms = [
    'but',
    'however',
    'although',
    'which',
    'apart from',
    'except',
    'aside from',
    'with the exception of',
    'though',
    'otherwise',
    ';',
  ];
  for (const term of terms) {
    const text = `No pneumothorax ${term} atelectasis.`;
    assert.deepEqual(spans(text), [at(text, 'pneumothorax', 'ABSENT'), at(text, 'atelectasis', 'PRESENT')], text);
  }
});

test('"there is" is not a terminator', () => {
  assert.deepEqual(view('No pneumothorax, there is no effusion, edema.'), ['pneumothorax|ABSENT', 'effusion|ABSENT', 'edema|ABSENT']);
  assert.deepEqual(view('There is a pleural effusion.'), ['pleural effusion|PRESENT']);
});

test('a long negated list is absent all the way to the sentence end', () => {
  const text =
    'No focal consolidation, suspicious opacity, pleural effusion, pneumothorax, edema, nodule, mass, ' +
    'atelectasis, emphysema, fracture, bronchiectasis, or cardiomegaly.';
  const got = view(text);
  assert.equal(got.length, 12);
  assert.ok(
    got.every((g) => g.endsWith('|ABSENT')),
    got.join(' '),
  );
  assert.deepEqual(spans(text).slice(0, 2), [at(text, 'consolidation', 'ABSENT'), at(text, 'opacity', 'ABSENT')]);
});

test('the scope stops at the sentence end and at a new clause', () => {
  assert.deepEqual(view('No pneumothorax. Pleural effusion.'), ['pneumothorax|ABSENT', 'Pleural effusion|PRESENT']);
  assert.deepEqual(view('No pleural effusion is seen and there is atelectasis.'), ['pleural effusion|ABSENT', 'atelectasis|PRESENT']);
  assert.deepEqual(view('There is no pneumothorax, and the heart is enlarged.'), [
    'pneumothorax|ABSENT',
    'heart|PRESENT',
    'enlarged|PRESENT',
  ]);
  assert.deepEqual(view('The heart is enlarged and the effusion has resolved.'), ['heart|PRESENT', 'enlarged|PRESENT', 'effusion|ABSENT']);
});

test('post-negation covers a preceding list', () => {
  assert.deepEqual(view('Pneumothorax, pleural effusion, and consolidation are not seen.'), [
    'Pneumothorax|ABSENT',
    'pleural effusion|ABSENT',
    'consolidation|ABSENT',
  ]);
});
