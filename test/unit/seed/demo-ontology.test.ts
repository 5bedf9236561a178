/**
 * The bundled demo ontology (seed/ontology/*.RRF) and label sets (seed/label-sets/*.json):
 * format, completeness and hierarchy checks, plus MeSH descriptor checks against the shared
 * NLM tree file when it is present next to the repository.
 */
import { parseLabelSet } from '../../../src/labels';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Compiled to dist/test/unit/seed/, so the repository root is four levels up.
const REPO = resolve(__dirname, '../../../..');
const ONTOLOGY = resolve(REPO, 'seed/ontology');
const MESH_TREE = resolve(REPO, '../shared/data/mesh-2017-tree.tsv');

const ROOTS = [
  'OC:FINDING',
  'OC:ANATOMICAL_STRUCTURE',
  'D004864',
  'OC:PROCEDURE',
  'OC:TECHNICAL_OR_NORMAL_TERM',
];
const ID_PATTERN = /^(D\d{6}(\d{3})?|OC:[A-Z0-9]+(_[A-Z0-9]+)*)$/;
const OBSERVATION_TYPES = new Set(['T047', 'T046', 'T033', 'T019', 'T037', 'T191', 'T190', 'T020']);
const ANATOMY_TYPES = new Set(['T017', 'T023', 'T029', 'T030', 'T082']);

function readRrf(file: string, columns: number): string[][] {
  const text = readFileSync(resolve(ONTOLOGY, file), 'utf8');
  assert.ok(text.endsWith('\n'), `${file} ends with a newline`);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      const fields = line.split('|');
      assert.equal(fields.length, columns + 1, `${file}:${i + 1} has ${columns} pipe-terminated columns`);
      assert.equal(fields[columns], '', `${file}:${i + 1} ends with a pipe`);
      return fields.slice(0, columns);
    });
}

const conso = readRrf('MRCONSO.RRF', 18);
const rel = readRrf('MRREL.RRF', 16);
const sty = readRrf('MRSTY.RRF', 6);

const concepts = new Set(conso.map((r) => r[0]));
const parents = new Map<string, string[]>();
for (const r of rel) {
  if (r[3] !== 'PAR') continue;
  parents.set(r[0], [...(parents.get(r[0]) ?? []), r[4]]);
}
const typesOf = new Map<string, Set<string>>();
for (const r of sty) typesOf.set(r[0], (typesOf.get(r[0]) ?? new Set()).add(r[1]));

function ancestors(id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(parents.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(parents.get(next) ?? []));
  }
  return seen;
}

test('the demo ontology has at least 300 concepts with well-formed ids', () => {
  assert.ok(concepts.size >= 300, `${concepts.size} concepts`);
  for (const id of concepts) {
    assert.match(id, ID_PATTERN);
    assert.ok(!/^C\d/.test(id), `${id} must not be a UMLS CUI`);
  }
});

test('MRCONSO rows: one PT per concept, unique AUIs, SAB by id kind', () => {
  const pts = new Map<string, number>();
  const auis = new Set<string>();
  for (const r of conso) {
    const [cui, lat, ts, , , , ispref, aui, , , , sab, tty, code, str, , suppress] = r;
    assert.equal(lat, 'ENG');
    assert.equal(suppress, 'N');
    assert.ok(['PT', 'SY', 'AB'].includes(tty), `TTY ${tty}`);
    assert.equal(ispref, tty === 'PT' ? 'Y' : 'N');
    assert.equal(ts, tty === 'PT' ? 'P' : 'S');
    assert.equal(sab, cui.startsWith('OC:') ? 'ONTOCASE' : 'MSH');
    assert.equal(code, cui);
    assert.ok(str.trim().length > 0 && str === str.trim(), `string of ${cui}`);
    assert.ok(!auis.has(aui), `AUI ${aui} repeated`);
    auis.add(aui);
    if (tty === 'PT') pts.set(cui, (pts.get(cui) ?? 0) + 1);
  }
  for (const id of concepts) assert.equal(pts.get(id), 1, `${id} has exactly one PT`);
});

test('every concept has at least one semantic type, consistent with its branch', () => {
  for (const r of sty) assert.ok(concepts.has(r[0]), `MRSTY row for unknown ${r[0]}`);
  for (const id of concepts) {
    const types = typesOf.get(id);
    assert.ok(types && types.size > 0, `${id} has a semantic type`);
    const up = ancestors(id);
    if (up.has('OC:FINDING')) {
      assert.ok([...types].some((t) => OBSERVATION_TYPES.has(t)), `${id} has an observation type`);
    }
    if (up.has('OC:ANATOMICAL_STRUCTURE')) {
      assert.ok([...types].some((t) => ANATOMY_TYPES.has(t)), `${id} has an anatomy type`);
    }
    if (up.has('D004864')) assert.ok(types.has('T074'), `${id} is a Medical Device`);
  }
});

test('is-a hierarchy: every non-root has a parent, targets exist, no cycles', () => {
  for (const r of rel) {
    assert.ok(concepts.has(r[0]) && concepts.has(r[4]), `edge ${r[0]} ${r[3]} ${r[4]}`);
    assert.equal(r[2], 'CUI');
    assert.equal(r[6], 'CUI');
    assert.ok(['PAR', 'SY', 'RQ'].includes(r[3]), `REL ${r[3]}`);
  }
  for (const root of ROOTS) {
    assert.ok(concepts.has(root), `root ${root} exists`);
    assert.equal(parents.get(root), undefined, `root ${root} has no parent`);
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    assert.notEqual(state.get(id), 'open', `is-a cycle: ${[...path, id].join(' -> ')}`);
    state.set(id, 'open');
    for (const p of parents.get(id) ?? []) visit(p, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of concepts) {
    if (!ROOTS.includes(id)) assert.ok((parents.get(id) ?? []).length > 0, `${id} has a parent`);
    visit(id, []);
  }
  const multi = [...parents.values()].filter((ps) => ps.length > 1).length;
  assert.ok(multi >= 3, 'a few concepts have two parents');
});

test('MeSH descriptor ids exist in MeSH 2017 with a matching term', (t) => {
  if (!existsSync(MESH_TREE)) {
    t.skip(`MeSH tree file not found at ${MESH_TREE}; descriptor ids not checked`);
    return;
  }
  const terms = new Map<string, string>();
  for (const line of readFileSync(MESH_TREE, 'utf8').split('\n').slice(1)) {
    const [, ui, term] = line.split('\t');
    if (ui && term) terms.set(ui, term.trim());
  }
  const strings = new Map<string, Set<string>>();
  for (const r of conso) strings.set(r[0], (strings.get(r[0]) ?? new Set()).add(r[14].toLowerCase()));
  for (const id of concepts) {
    if (!id.startsWith('D')) continue;
    const term = terms.get(id);
    assert.ok(term, `${id} is a MeSH 2017 descriptor`);
    assert.ok(strings.get(id)!.has(term.toLowerCase()), `${id} lists its MeSH heading "${term}"`);
  }
});

interface LabelSet {
  name: string;
  description: string;
  noFindingLabel: string;
  labels: { name: string; concepts: string[]; finding: boolean }[];
}

function readLabelSet(file: string): LabelSet {
  return JSON.parse(readFileSync(resolve(REPO, 'seed/label-sets', file), 'utf8')) as LabelSet;
}

test('label sets bind only existing concepts', () => {
  for (const file of ['chexpert.json', 'chest-radiograph.json']) {
    const set = readLabelSet(file);
    assert.ok(set.name && set.description, `${file} is named and described`);
    const names = set.labels.map((l) => l.name);
    assert.equal(new Set(names).size, names.length, `${file} label names are unique`);
    assert.equal(set.noFindingLabel, 'No Finding', `${file} names its no-finding label`);
    assert.ok(!names.includes(set.noFindingLabel), 'No Finding is assigned by rule, not bound to concepts');
    const parsed = parseLabelSet(set);
    assert.ok(parsed.ok, `${file} passes the label-set parser: ${parsed.ok ? '' : parsed.errors.join('; ')}`);
    for (const label of set.labels) {
      assert.equal(typeof label.finding, 'boolean');
      assert.ok(label.concepts.length > 0, `${file}: ${label.name} has concepts`);
      for (const id of label.concepts) assert.ok(concepts.has(id), `${file}: ${label.name} -> ${id} exists`);
    }
  }
});

test('the CheXpert label set has the 14 classes; Support Devices does not block No Finding', () => {
  const set = readLabelSet('chexpert.json');
  assert.deepEqual(set.labels.map((l) => l.name).sort(), [
    'Atelectasis', 'Cardiomegaly', 'Consolidation', 'Edema', 'Enlarged Cardiomediastinum',
    'Fracture', 'Lung Lesion', 'Lung Opacity', 'Pleural Effusion', 'Pleural Other',
    'Pneumonia', 'Pneumothorax', 'Support Devices',
  ]);
  assert.equal(set.labels.find((l) => l.name === 'Support Devices')!.finding, false);
  assert.equal(set.labels.find((l) => l.name === 'Cardiomegaly')!.finding, true);
});
