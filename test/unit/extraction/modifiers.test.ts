import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, pipeline, view } from './fixtures';

function mods(text: string, mention: string): string[] {
  return find(pipeline().extract(text), mention).modifiers;
}

test('laterality and severity attach to the observation', () => {
  assert.deepEqual(mods('Small right pleural effusion.', 'pleural effusion'), ['laterality:right', 'severity:small']);
  const m = find(pipeline().extract('Small right pleural effusion.'), 'pleural effusion');
  assert.deepEqual(m.modifierDetail, { laterality: ['right'], severity: ['small'], location: [], size: [] });
});

test('each clause keeps its own modifiers', () => {
  const text = 'Small right pleural effusion and large left pneumothorax.';
  assert.deepEqual(mods(text, 'pleural effusion'), ['laterality:right', 'severity:small']);
  assert.deepEqual(mods(text, 'pneumothorax'), ['laterality:left', 'severity:large']);
});

test('bilateral words, trace/tiny/minimal/moderate/severe, hyphenated sides', () => {
  assert.deepEqual(mods('Bibasilar atelectasis.', 'atelectasis'), ['laterality:bilateral', 'location:basilar']);
  assert.deepEqual(mods('Trace bilateral effusions.', 'effusions'), ['laterality:bilateral', 'severity:trace']);
  assert.deepEqual(mods('Tiny left apical pneumothorax.', 'pneumothorax'), ['laterality:left', 'location:apical', 'severity:tiny']);
  assert.deepEqual(mods('Minimal retrocardiac atelectasis.', 'atelectasis'), ['location:retrocardiac', 'severity:minimal']);
  assert.deepEqual(mods('Moderate perihilar edema.', 'edema'), ['location:perihilar', 'severity:moderate']);
  assert.deepEqual(mods('Severe cardiomegaly.', 'cardiomegaly'), ['severity:severe']);
  assert.deepEqual(mods('Right-sided effusion.', 'effusion'), ['laterality:right']);
  assert.deepEqual(mods('Opacity in the left upper zone.', 'Opacity'), ['laterality:left', 'location:upper zone']);
});

test('size attaches to the nearest observation in the clause', () => {
  assert.deepEqual(mods('Nodule measuring 3.5 cm.', 'Nodule'), ['size:3.5 cm']);
  assert.deepEqual(mods('12 mm nodule.', 'nodule'), ['size:12 mm']);
  assert.deepEqual(mods('Mass measuring 3.5 x 2.1 cm.', 'Mass'), ['size:3.5 x 2.1 cm']);
  const text = 'Nodule 12 mm, mass 3 cm.';
  assert.deepEqual(mods(text, 'Nodule'), ['size:12 mm']);
  assert.deepEqual(mods(text, 'mass'), ['size:3 cm']);
});

test('anatomy in the clause becomes the location, with its side', () => {
  assert.deepEqual(mods('Right lower lobe opacity.', 'opacity'), ['laterality:right', 'location:right lower lobe']);
  assert.deepEqual(mods('Consolidation in the RLL.', 'Consolidation'), ['laterality:right', 'location:right lower lobe']);
  assert.deepEqual(mods('Right lower lobe opacity.', 'Right lower lobe'), ['laterality:right']);
});

test('modifiers do not leak across sentences or clause breaks', () => {
  assert.deepEqual(mods('Large heart. Pleural effusion.', 'Pleural effusion'), []);
  assert.deepEqual(mods('Pneumothorax on the right, effusion.', 'effusion'), []);
});

test('negated anatomy propagates ABSENT to the observation it locates', () => {
  // The observation precedes the negation, so ConText alone leaves it PRESENT;
  // its only anatomy is negated, so the observation becomes ABSENT.
  assert.deepEqual(view('Opacity not in the right lower lobe.'), ['Opacity|ABSENT', 'right lower lobe|ABSENT']);
  // Another anatomy that is present blocks the propagation.
  assert.deepEqual(view('Opacity in the left lower lobe not the right lower lobe.'), [
    'Opacity|PRESENT',
    'left lower lobe|PRESENT',
    'right lower lobe|ABSENT',
  ]);
  // Already-negated and hedged observations are left as ConText set them.
  assert.deepEqual(view('No right lower lobe opacity.'), ['right lower lobe|ABSENT', 'opacity|ABSENT']);
  assert.deepEqual(view('Possible opacity not in the lung.'), ['opacity|UNCERTAIN', 'lung|ABSENT']);
  // Without anatomy nothing propagates.
  assert.deepEqual(view('Opacity. No lung disease.'), ['Opacity|PRESENT', 'lung disease|ABSENT']);
});

test('the pipeline can run without the propagation component', () => {
  const p = pipeline({ components: (d) => d.filter((c) => c.name !== 'anatomy') });
  assert.deepEqual(
    p.extract('Opacity not in the right lower lobe.').map((m) => m.assertion),
    ['PRESENT', 'ABSENT'],
  );
  assert.deepEqual(
    pipeline().components.map((c) => c.name),
    [
      'sections',
      'tokens',
      'sentences',
      'targets',
      'predicates',
      'merge',
      'normalStatements',
      'context',
      'normalAnatomy',
      'modifiers',
      'anatomy',
      'sectionFilter',
    ],
  );
});
