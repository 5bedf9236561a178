/** Gold spans and labels: exact offsets, annotated sections only, consistent report-level gold. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANNOTATED_SECTIONS, conceptLabels, goldLabelNames, verifyReport, type GoldSpan } from '../../../tools/corpus';
import { indexVocabulary } from '../../../tools/corpus/vocabulary';
import { bundledVocabulary, sample } from './fixture';

const reports = sample(600, 11);

test('every span slices to its text, stays inside one annotated section, and has a valid label', () => {
  const problems = reports.flatMap(verifyReport);
  assert.deepEqual(problems.slice(0, 10), []);
  for (const r of reports) {
    for (const s of r.spans) {
      const section = r.sections.find((x) => x.start <= s.start && s.end <= x.end)!;
      assert.ok(ANNOTATED_SECTIONS.has(section.name));
    }
  }
});

test('no mention is spanned in indication, comparison, technique or examination', () => {
  for (const r of reports) {
    for (const section of r.sections.filter((s) => !ANNOTATED_SECTIONS.has(s.name))) {
      assert.equal(r.spans.filter((s) => s.start < section.end && s.end > section.start).length, 0, r.id);
    }
  }
});

test('observation spans name the concept only: no laterality, size or severity inside', () => {
  for (const r of reports) {
    for (const s of r.spans.filter((x) => x.label !== 'ANAT-DP')) {
      assert.doesNotMatch(s.text, /^(left|right|bilateral|small|moderate|large|trace|mild|severe)\s/i, `${r.id}: ${s.text}`);
      assert.doesNotMatch(s.text, /\d/, `${r.id}: ${s.text}`);
    }
  }
});

test('report text is ASCII, so upper-casing keeps every offset', () => {
  for (const r of reports)
    assert.ok(
      [...r.text].every((c) => c.charCodeAt(0) <= 0x7f),
      r.id,
    );
});

test('findings and impression fields are the section bodies', () => {
  for (const r of reports) {
    const f = r.sections.find((s) => s.name === 'FINDINGS' || s.name === 'BODY');
    assert.equal(r.findings, f ? r.text.slice(f.start, f.end) : '');
  }
});

const span = (conceptId: string, assertion: GoldSpan['assertion']): GoldSpan => ({
  start: 0,
  end: 1,
  text: 'x',
  conceptId,
  assertion,
  label: assertion === 'PRESENT' ? 'OBS-DP' : assertion === 'ABSENT' ? 'OBS-DA' : 'OBS-U',
});

test('concept-level precedence is PRESENT > UNCERTAIN > ABSENT; anatomy is left out', () => {
  const labels = conceptLabels([
    span('A', 'ABSENT'),
    span('A', 'PRESENT'),
    span('B', 'ABSENT'),
    span('B', 'UNCERTAIN'),
    span('C', 'ABSENT'),
    { start: 0, end: 1, text: 'x', conceptId: 'D008168', assertion: 'PRESENT', label: 'ANAT-DP' },
  ]);
  assert.deepEqual(labels, { A: 'PRESENT', B: 'UNCERTAIN', C: 'ABSENT' });
});

test('label names are hierarchy-aware and "No Finding" needs every set to agree', () => {
  const vocabulary = bundledVocabulary();
  const index = indexVocabulary(vocabulary);
  const loculated = goldLabelNames({ 'OC:LOCULATED_PLEURAL_EFFUSION': 'PRESENT', D011030: 'ABSENT' }, vocabulary.labelSets, index);
  assert.ok(loculated.names.includes('Pleural Effusion'));
  assert.ok(!loculated.names.includes('Pneumothorax'));
  assert.ok(!loculated.names.includes('No Finding'));
  const scoliosis = goldLabelNames({ D012600: 'PRESENT' }, vocabulary.labelSets, index);
  assert.ok(scoliosis.bySet.chexpert.includes('No Finding'), 'CheXpert has no scoliosis class');
  assert.ok(!scoliosis.names.includes('No Finding'));
  assert.ok(scoliosis.names.includes('Scoliosis'));
  const devices = goldLabelNames({ 'OC:ENDOTRACHEAL_TUBE': 'PRESENT' }, vocabulary.labelSets, index);
  assert.deepEqual(devices.names, ['No Finding', 'Support Devices']);
});

test('goldLabelNames agree with the concept labels of every generated report', () => {
  const vocabulary = bundledVocabulary();
  const index = indexVocabulary(vocabulary);
  for (const r of reports) assert.deepEqual(r.goldLabelNames, goldLabelNames(r.labels, vocabulary.labelSets, index).names);
});
