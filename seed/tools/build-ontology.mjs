#!/usr/bin/env node
// Regenerates seed/ontology/{MRCONSO,MRREL,MRSTY}.RRF from seed/tools/concepts.txt plus the
// MeSH 2017 is-a edges in seed/tools/mesh-2017-isa.txt (made by mesh-align.mjs).
// Usage: node seed/tools/build-ontology.mjs   (from anywhere; paths are relative to this file)
// The RRF files are the committed artefact; this script only keeps them consistent.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'ontology');

// UMLS Semantic Network types used here: TUI -> [STN, STY]. STN left empty where not certain.
const SEMANTIC_TYPES = {
  T017: ['A1.2', 'Anatomical Structure'],
  T019: ['A1.2.2.1', 'Congenital Abnormality'],
  T020: ['A1.2.2.2', 'Acquired Abnormality'],
  T023: ['A1.2.3.1', 'Body Part, Organ, or Organ Component'],
  T029: ['A2.1.5.2', 'Body Location or Region'],
  T030: ['A2.1.5.1', 'Body Space or Junction'],
  T033: ['A2.2', 'Finding'],
  T037: ['B2.3', 'Injury or Poisoning'],
  T046: ['B2.2.1.2', 'Pathologic Function'],
  T047: ['B2.2.1.2.1', 'Disease or Syndrome'],
  T060: ['B1.3.1.2', 'Diagnostic Procedure'],
  T061: ['B1.3.1.3', 'Therapeutic or Preventive Procedure'],
  T074: ['A1.3.1.1', 'Medical Device'],
  T080: ['', 'Qualitative Concept'],
  T082: ['A2.1.5', 'Spatial Concept'],
  T190: ['A1.2.2', 'Anatomical Abnormality'],
  T191: ['B2.2.1.2.1.2', 'Neoplastic Process'],
};
const ID_PATTERN = /^(D\d{6}(\d{3})?|OC:[A-Z0-9]+(_[A-Z0-9]+)*)$/;
const RELATIONS = new Set(['SY', 'RQ']);

function fail(message) {
  console.error(`build-ontology: ${message}`);
  process.exit(1);
}

function splitList(field) {
  return field.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

function parse(text) {
  const concepts = [];
  const relations = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const where = `concepts.txt:${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      const [a, rel, b, extra] = line.slice(1).trim().split(/\s+/);
      if (!a || !b || extra || !RELATIONS.has(rel)) fail(`${where}: bad relation line`);
      relations.push({ a, rel, b });
      return;
    }
    const fields = line.split('|').map((f) => f.trim());
    if (fields.length !== 6) fail(`${where}: expected 6 fields, got ${fields.length}`);
    const [id, parents, tuis, pt, synonyms, abbreviations] = fields;
    if (!ID_PATTERN.test(id)) fail(`${where}: bad id ${id}`);
    concepts.push({
      id,
      parents: parents === '-' ? [] : parents.split(/\s+/),
      tuis: tuis.split(/\s+/),
      pt,
      synonyms: splitList(synonyms),
      abbreviations: splitList(abbreviations),
      where,
    });
  });
  return { concepts, relations };
}

function validate({ concepts, relations }) {
  const byId = new Map();
  for (const c of concepts) {
    if (byId.has(c.id)) fail(`${c.where}: duplicate id ${c.id}`);
    byId.set(c.id, c);
  }
  const owner = new Map();
  for (const c of concepts) {
    for (const tui of c.tuis) if (!SEMANTIC_TYPES[tui]) fail(`${c.where}: unknown TUI ${tui}`);
    for (const p of c.parents) if (!byId.has(p)) fail(`${c.where}: unknown parent ${p}`);
    for (const s of [c.pt, ...c.synonyms, ...c.abbreviations]) {
      const key = s.toLowerCase();
      const prior = owner.get(key);
      if (prior !== undefined) fail(`${c.where}: string "${s}" already used by ${prior}`);
      owner.set(key, c.id);
    }
  }
  for (const r of relations) {
    if (!byId.has(r.a) || !byId.has(r.b)) fail(`relation ${r.a} ${r.rel} ${r.b}: unknown id`);
  }
  const state = new Map();
  const visit = (id, path) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') fail(`is-a cycle: ${[...path, id].join(' -> ')}`);
    state.set(id, 'open');
    for (const p of byId.get(id).parents) visit(p, [...path, id]);
    state.set(id, 'done');
  };
  for (const c of concepts) visit(c.id, []);
}

const pad = (prefix, n) => `${prefix}${String(n).padStart(7, '0')}`;

function build({ concepts, relations }) {
  const lui = new Map();
  const sui = new Map();
  const ptAui = new Map();
  let aui = 0;
  const conso = [];
  for (const c of concepts) {
    const sab = c.id.startsWith('OC:') ? 'ONTOCASE' : 'MSH';
    const rows = [
      [c.pt, 'PT'],
      ...c.synonyms.map((s) => [s, 'SY']),
      ...c.abbreviations.map((s) => [s, 'AB']),
    ];
    for (const [str, tty] of rows) {
      const norm = str.toLowerCase().replace(/\s+/g, ' ');
      if (!lui.has(norm)) lui.set(norm, pad('L', lui.size + 1));
      if (!sui.has(str)) sui.set(str, pad('S', sui.size + 1));
      const a = pad('A', ++aui);
      if (tty === 'PT') ptAui.set(c.id, a);
      const preferred = tty === 'PT';
      conso.push([
        c.id, 'ENG', preferred ? 'P' : 'S', lui.get(norm), preferred ? 'PF' : 'VO', sui.get(str),
        preferred ? 'Y' : 'N', a, '', sab === 'ONTOCASE' ? c.id : '', sab === 'MSH' ? c.id : '',
        sab, tty, c.id, str, '0', 'N', '',
      ]);
    }
  }
  let rui = 0;
  const rel = [];
  const relRow = (cui1, r, cui2, rela) => [
    cui1, '', 'CUI', r, cui2, '', 'CUI', rela, pad('R', ++rui), '', 'ONTOCASE', 'ONTOCASE', '', '', 'N', '',
  ];
  for (const c of concepts) for (const p of c.parents) rel.push(relRow(c.id, 'PAR', p, 'inverse_isa'));
  for (const r of relations) rel.push(relRow(r.a, r.rel, r.b, ''));
  let atui = 0;
  const sty = [];
  for (const c of concepts) {
    for (const tui of c.tuis) {
      const [stn, name] = SEMANTIC_TYPES[tui];
      sty.push([c.id, tui, stn, name, pad('AT', ++atui), '']);
    }
  }
  return { conso, rel, sty, ptAui };
}

const toRrf = (rows) => rows.map((r) => `${r.join('|')}|\n`).join('');

// The MeSH 2017 is-a skeleton (generated by mesh-align.mjs): extra parents for concepts we have.
function addMeshParents({ concepts }) {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  let added = 0;
  readFileSync(join(here, 'mesh-2017-isa.txt'), 'utf8').split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [child, parent] = line.split('|').map((f) => f.trim());
    const c = byId.get(child);
    if (!c || !byId.has(parent)) fail(`mesh-2017-isa.txt:${index + 1}: unknown concept ${c ? parent : child}`);
    if (!c.parents.includes(parent)) { c.parents.push(parent); added += 1; }
  });
  return added;
}

const parsed = parse(readFileSync(join(here, 'concepts.txt'), 'utf8'));
const meshEdges = addMeshParents(parsed);
validate(parsed);
const { conso, rel, sty } = build(parsed);
writeFileSync(join(outDir, 'MRCONSO.RRF'), toRrf(conso));
writeFileSync(join(outDir, 'MRREL.RRF'), toRrf(rel));
writeFileSync(join(outDir, 'MRSTY.RRF'), toRrf(sty));
console.log(
  `concepts ${parsed.concepts.length}, strings ${conso.length}, relations ${rel.length} (${meshEdges} is-a from MeSH 2017), semantic types ${sty.length}`,
);
