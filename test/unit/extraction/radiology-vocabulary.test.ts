/**
 * The bundled ontology's radiology surface forms and the rules that read them, one test
 * per family, on the committed seed files (seed/ontology/*.RRF) through the real pipeline.
 * Invented sentences only: the IU reports never enter the repository.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createPipeline, type DictionaryRecord } from '../../../src/extraction';
import { parseConso, parseRel, parseSty } from '../../../src/ontology/rrf/rrf-records';

// Compiled to dist/test/unit/extraction/, so the repository root is four levels up.
const ONTOLOGY = resolve(__dirname, '../../../../seed/ontology');
const lines = (file: string): string[] => readFileSync(resolve(ONTOLOGY, file), 'utf8').split('\n').filter(Boolean);

const types = new Map<string, string[]>();
for (const line of lines('MRSTY.RRF')) {
  const r = parseSty(line);
  if ('record' in r) types.set(r.record.cui, [...(types.get(r.record.cui) ?? []), r.record.tui]);
}
const records: DictionaryRecord[] = [];
for (const line of lines('MRCONSO.RRF')) {
  const r = parseConso(line, { sources: null });
  if (r && 'record' in r) records.push({ conceptId: r.record.cui, term: r.record.str, semanticTypes: types.get(r.record.cui) ?? [], preferred: r.record.preferred });
}
const pipeline = createPipeline({ dictionary: records });
const findings = (text: string): [string, string, string][] =>
  pipeline.extract(`FINDINGS: ${text}`).filter((m) => m.category === 'OBS').map((m) => [m.text, m.conceptId, m.assertion]);
const concepts = (text: string): string[] => findings(text).map(([, id]) => id);

const CARDIOMEGALY = 'D006332';
const CONGESTION = 'OC:PULMONARY_VASCULAR_CONGESTION';
const SCOLIOSIS = 'D012600';
const CALCIFIED_GRANULOMA = 'OC:CALCIFIED_GRANULOMA';

test('gapped terms: location, laterality and size words inside "calcified … granuloma" make one mention', () => {
  for (const text of [
    'Calcified lingular granuloma.',
    'Calcified right lower lobe granuloma.',
    'Calcified 5 mm right midlung granuloma.',
    'Calcified left upper lobe 5 mm peripheral granuloma.',
    'Calcified lingular pulmonary granuloma.',
  ]) assert.deepEqual(concepts(text), [CALCIFIED_GRANULOMA], text);
  assert.deepEqual(concepts('Granulomatous calcifications in the right lung.'), [CALCIFIED_GRANULOMA]);
  assert.deepEqual(concepts('Calcified left hilar lymph nodes.'), ['OC:CALCIFIED_LYMPH_NODES']);
});

test('gapped terms stop at punctuation, conjunctions and other words', () => {
  assert.deepEqual(concepts('Calcified aorta, right lower lobe granuloma.'), ['OC:AORTIC_CALCIFICATION', 'D006099']);
  assert.ok(!concepts('Calcified right lower lobe and left granuloma.').includes(CALCIFIED_GRANULOMA));
  assert.ok(!concepts('Calcified costal cartilage near the granuloma.').includes(CALCIFIED_GRANULOMA));
});

test('a calcified granuloma is a granuloma, not a kind of Calcinosis (MRREL)', () => {
  const parents = lines('MRREL.RRF')
    .map((l) => parseRel(l, { sources: null, includeBroaderNarrower: false }))
    .flatMap((r) => (r && 'record' in r && r.record.kind === 'ISA' && r.record.from === CALCIFIED_GRANULOMA ? [r.record.to] : []));
  assert.deepEqual(parents, ['D006099']);
});

test('predicative size: attribute nouns, optional or masked copula, size adjectives', () => {
  for (const text of [
    'Heart size is mildly enlarged.',
    'Heart size remains slightly large.',
    'The heart is large.',
    'Heart size mildly enlarged for technique.',
    'Heart size mildly to moderately enlarged.',
    'Heart size XXXX mildly enlarged.',
    'Heart size is increased.',
  ]) assert.deepEqual(concepts(text), [CARDIOMEGALY], text);
  assert.deepEqual(concepts('Pulmonary vasculature is persistently enlarged.'), [CONGESTION]);
  assert.deepEqual(concepts('The pulmonary vasculature is prominent.'), [CONGESTION]);
  assert.deepEqual(findings('The heart is not large.'), [['large', CARDIOMEGALY, 'ABSENT']]);
  assert.deepEqual(concepts('The heart enlarged.'), [], 'no attribute noun: the copula is required');
});

test('"borderline" is a degree of size, not a hedge', () => {
  for (const text of ['Borderline cardiomegaly.', 'Borderline enlarged heart.', 'Borderline cardiac enlargement.', 'The heart is borderline in size.', 'Heart size borderline enlarged.', 'Borderline heart size.']) {
    assert.deepEqual(findings(text).map(([, id, a]) => [id, a]), [[CARDIOMEGALY, 'PRESENT']], text);
  }
  const [mention] = pipeline.extract('FINDINGS: Borderline cardiomegaly.');
  assert.deepEqual(mention?.modifierDetail.severity, ['borderline']);
  assert.deepEqual(findings('Possible borderline cardiomegaly.').map(([, , a]) => a), ['UNCERTAIN'], 'a real hedge still hedges');
});

test('surface forms of pulmonary vascular congestion', () => {
  for (const text of [
    'Central pulmonary vascular prominence.',
    'Prominent pulmonary vascularity.',
    'Vascular redistribution.',
    'Cephalization.',
    'Indistinct vascular margination.',
    'Pulmonary venous engorgement.',
    'Pulmonary venous hypertension.',
  ]) {
    const found = concepts(text);
    assert.equal(found.length, 1, text);
    assert.ok(pipeline.dictionary.names.has(found[0] as string));
  }
  assert.deepEqual(concepts('Prominent pulmonary vascularity.'), [CONGESTION]);
});

test('MeSH entry terms: pneumonitis is Pneumonia; obstructive pulmonary disease is Lung Diseases, Obstructive', () => {
  assert.deepEqual(concepts('Left basilar pneumonitis.'), ['D011014']);
  assert.deepEqual(concepts('Hyperexpanded lungs consistent with obstructive pulmonary disease.').slice(-1), ['D008173']);
});

test('a lateral direction makes a spinal curvature a scoliosis; a bare curvature stays general', () => {
  for (const text of ['Mild dextrocurvature of the thoracic spine.', 'Levocurvature of the lumbar spine.', 'Mild dextro curvature of the spine.', 'Rightward curvature of the thoracic spine.', 'S-shaped curvature of the thoracic spine.']) {
    assert.deepEqual(concepts(text), [SCOLIOSIS], text);
  }
  assert.deepEqual(concepts('Curvature of the spine.'), ['D013121']);
});

test('a nodule said not to be calcified is a nodule, not a calcified nodule', () => {
  for (const text of ['Uncalcified nodule in the right upper lobe.', 'Non-calcified nodule.', 'Non calcified nodule.']) {
    assert.deepEqual(concepts(text), ['OC:PULMONARY_NODULE'], text);
  }
});

test('granulomatous sequelae are the sequelae of prior granulomatous disease', () => {
  assert.deepEqual(concepts('Mild granulomatous sequela are noted.'), ['OC:PRIOR_GRANULOMATOUS_DISEASE']);
});

test('a gap never beats a longer contiguous term: "right upper lobe lung" is the lobe, then the lung', () => {
  const anatomy = pipeline.extract('FINDINGS: Opacity in the right upper lobe lung.').filter((m) => m.category === 'ANAT').map((m) => m.conceptId);
  assert.deepEqual(anatomy, ['OC:RIGHT_UPPER_LOBE', 'D008168']);
});
