import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryOntology } from '../../../src/similarity';
import {
  assignLabels,
  chexpertColumns,
  chexpertRow,
  parseLabelSet,
  type LabelSet,
  type Mention,
} from '../../../src/labels';

// LLLP (left lower lobe pneumonia) is-a PN (pneumonia); CONS2 is a synonym of CONS.
const ontology = new InMemoryOntology({
  concepts: [],
  isa: [['LLLP', 'PN']],
  synonyms: [['CONS', 'CONS2']],
});
const isa = (id: string, ancestor: string): boolean => ontology.isDescendantOrSelf(id, ancestor);

const parsed = parseLabelSet({
  name: 'mini-chexpert',
  description: 'three CheXpert classes',
  noFindingLabel: 'No Finding',
  labels: [
    { name: 'Pneumonia', concepts: ['PN'], finding: true },
    { name: 'Consolidation', concepts: ['CONS'], finding: true },
    { name: 'Support Devices', concepts: ['TUBE'], finding: false },
  ],
});
assert.ok(parsed.ok);
const labelSet: LabelSet = parsed.labelSet;

const statuses = (mentions: Mention[]): Record<string, string> =>
  Object.fromEntries(assignLabels(labelSet, mentions, isa).map((a) => [a.label, a.status]));

test('a descendant concept carries the label; synonyms too', () => {
  const result = assignLabels(labelSet, [{ conceptId: 'LLLP', assertion: 'PRESENT', mentionId: 'm1' }, { conceptId: 'CONS2', assertion: 'PRESENT' }], isa);
  assert.deepEqual(result, [
    { label: 'Pneumonia', status: 'POSITIVE', evidence: ['m1'] },
    { label: 'Consolidation', status: 'POSITIVE', evidence: ['1'] },
    { label: 'Support Devices', status: 'NOT_MENTIONED', evidence: [] },
    { label: 'No Finding', status: 'NOT_MENTIONED', evidence: [] },
  ]);
});

test('negation and uncertainty', () => {
  assert.deepEqual(statuses([{ conceptId: 'PN', assertion: 'ABSENT' }, { conceptId: 'CONS', assertion: 'UNCERTAIN' }]), {
    Pneumonia: 'NEGATIVE',
    Consolidation: 'UNCERTAIN',
    'Support Devices': 'NOT_MENTIONED',
    'No Finding': 'NOT_MENTIONED', // an uncertain pathology rules out No Finding
  });
});

test("precedence is the paper's: absent > present > uncertain", () => {
  const mentions: Mention[] = [
    { conceptId: 'PN', assertion: 'UNCERTAIN', mentionId: 'a' },
    { conceptId: 'LLLP', assertion: 'PRESENT', mentionId: 'b' },
    { conceptId: 'PN', assertion: 'ABSENT', mentionId: 'c' },
    { conceptId: 'CONS', assertion: 'UNCERTAIN', mentionId: 'd' },
    { conceptId: 'CONS', assertion: 'PRESENT', mentionId: 'e' },
  ];
  const result = assignLabels(labelSet, mentions, isa);
  assert.deepEqual(result[0], { label: 'Pneumonia', status: 'NEGATIVE', evidence: ['c'] });
  assert.deepEqual(result[1], { label: 'Consolidation', status: 'POSITIVE', evidence: ['e'] });
  // the CheXpert-labeler order, on request
  const chexpertOrder = assignLabels(labelSet, mentions, isa, { precedence: ['PRESENT', 'UNCERTAIN', 'ABSENT'] });
  assert.equal(chexpertOrder[0]?.status, 'POSITIVE');
});

test('No Finding: positive when no finding label is positive or uncertain', () => {
  assert.equal(statuses([])['No Finding'], 'POSITIVE');
  assert.equal(statuses([{ conceptId: 'PN', assertion: 'ABSENT' }])['No Finding'], 'POSITIVE');
  // Support Devices is not a finding
  assert.equal(statuses([{ conceptId: 'TUBE', assertion: 'PRESENT' }])['No Finding'], 'POSITIVE');
  assert.equal(statuses([{ conceptId: 'LLLP', assertion: 'PRESENT' }])['No Finding'], 'NOT_MENTIONED');
});

test('CheXpert row encoding: 1, 0, -1, blank; No Finding first', () => {
  const columns = chexpertColumns(labelSet);
  assert.deepEqual(columns, ['No Finding', 'Pneumonia', 'Consolidation', 'Support Devices']);
  const row = chexpertRow(
    assignLabels(labelSet, [{ conceptId: 'PN', assertion: 'ABSENT' }, { conceptId: 'CONS', assertion: 'UNCERTAIN' }, { conceptId: 'TUBE', assertion: 'PRESENT' }], isa),
    columns,
  );
  assert.deepEqual(row, ['', '0', '-1', '1']);
});

test('the parser names the bad field and label', () => {
  const result = parseLabelSet({
    name: 'bad',
    description: 'x',
    noFindingLabel: 'Edema',
    labels: [
      { name: 'Edema', concepts: [], finding: true },
      { name: 'Pneumonia', concepts: ['PN'], finding: 'yes' },
      { name: 'Atelectasis', concepts: ['AT'], finding: true, colour: 'red' },
      { name: 'Pneumonia', concepts: ['PN'], finding: true },
    ],
    extra: 1,
  });
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.errors, [
    'unknown field "extra"',
    'labels[0] ("Edema").concepts must be a non-empty array of concept ids',
    'labels[1] ("Pneumonia").finding must be a boolean',
    'labels[2] ("Atelectasis") has unknown field "colour"',
    'label name "Pneumonia" is used twice (noFindingLabel included)',
    'label name "Edema" is used twice (noFindingLabel included)',
  ]);
  assert.deepEqual(parseLabelSet([]), { ok: false, errors: ['label set must be an object'] });
  assert.deepEqual(parseLabelSet({ name: '', description: 1, labels: [] }), {
    ok: false,
    errors: ['name must be a non-empty string', 'description must be a string', 'labels must be a non-empty array'],
  });
});
