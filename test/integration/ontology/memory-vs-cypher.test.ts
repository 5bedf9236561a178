/**
 * The in-process ontology answers as the Cypher reference does: a random ontology (several
 * parents per concept, a few cycles, names shared between concepts) is loaded through the
 * real RRF loader, then both engines answer the same random questions.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { OntologyLoaders } from '../../../src/ontology/concept.loaders';
import type { ConceptRecord } from '../../../src/ontology/concept.record';
import { ConceptService } from '../../../src/ontology/concept.service';
import { OntologyMemory } from '../../../src/ontology/memory/ontology-memory';
import { normaliseTerm } from '../../../src/ontology/term-key';
import { loadUmls } from '../../../src/ontology/rrf/umls-loader';
import { mulberry32 } from '../../../tools/ontology/synthetic-rrf';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { assertSearchAgrees } from '../../support/ontology/search-agreement';

const CONCEPTS = 160;
const WORDS = [
  'pleural',
  'pleura',
  'effusion',
  'lung',
  'lobe',
  'lower',
  'nodule',
  'node',
  'mass',
  'cardiac',
  'cardio',
  'opacity',
  'edema',
  'apical',
];
const cui = (i: number): string => `C${String(i).padStart(7, '0')}`;

/** A random RRF release; returns the names written, for search queries. */
function writeRandomRrf(dir: string, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const conso: string[] = [];
  const rel: string[] = [];
  const sty: string[] = [];
  const names: string[] = [];
  let aui = 0;
  const atom = (i: number, str: string, preferred: boolean): void => {
    aui += 1;
    names.push(str);
    conso.push(
      `${cui(i)}|ENG|${preferred ? 'P' : 'S'}|L${aui}|PF|S${aui}|${preferred ? 'Y' : 'N'}|A${aui}|||${cui(i)}|MSH|${preferred ? 'PT' : 'SY'}|${cui(i)}|${str}|0|N||`,
    );
  };
  for (let i = 0; i < CONCEPTS; i += 1) {
    // Unique strings (the index makes them so), except a few shared synonyms under "zz":
    // the prefix search's cut-off at `candidates` names then never splits a group of equal names.
    atom(i, `${pick(WORDS)} ${pick(WORDS)} ${i}`, true);
    if (random() < 0.5) atom(i, `${pick(WORDS)} ${i}x`, false);
    if (random() < 0.1) atom(i, `zz${Math.floor(random() * 5)} shared`, false);
    sty.push(`${cui(i)}|T04${i % 3}||Type ${i % 3}|AT${i}||`);
    const parents = i === 0 ? 0 : 1 + Math.floor(random() * Math.min(3, i));
    for (let p = 0; p < parents; p += 1) rel.push(`${cui(i)}|A|CUI|PAR|${cui(Math.floor(random() * i))}|A|CUI||R${i}P${p}||MSH||||N||`);
    // Occasionally a parent later in the order: cycles, as real PAR/CHD data has.
    if (i > 0 && random() < 0.03)
      rel.push(`${cui(i)}|A|CUI|PAR|${cui(i + 1 + Math.floor(random() * (CONCEPTS - i - 1)))}|A|CUI||R${i}X||MSH||||N||`);
  }
  writeFileSync(join(dir, 'MRCONSO.RRF'), `${conso.join('\n')}\n`);
  writeFileSync(join(dir, 'MRREL.RRF'), `${rel.join('\n')}\n`);
  writeFileSync(join(dir, 'MRSTY.RRF'), `${sty.join('\n')}\n`);
  return names;
}

let db: Database;
let names: string[];
let memory: OntologyMemory;
const cypher = (): ConceptService => new ConceptService(db.executor, new OntologyLoaders(db.executor));
const inMemory = (): ConceptService => new ConceptService(db.executor, new OntologyLoaders(db.executor), memory.current);

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  const dir = mkdtempSync(join(tmpdir(), 'ontocase-random-rrf-'));
  names = writeRandomRrf(dir, 42);
  await loadUmls(db.executor, dir);
  memory = new OntologyMemory(db.executor, 37); // small pages: the paging is exercised too
  await memory.load();
});
after(async () => db.close());

const idsOf = (list: ConceptRecord[] | null): string[] | null => list?.map((c) => c.id) ?? null;

describe('in-process ontology vs Cypher', () => {
  const random = mulberry32(7);
  const anyId = (): string => (random() < 0.05 ? 'C9999999' : cui(Math.floor(random() * CONCEPTS)));

  test('the whole ontology was loaded', async () => {
    const [stats] = await db.executor.read<{ concepts: number; isaRelations: number }>('ontology-stats');
    assert.equal(memory.current!.graph.size, stats.concepts);
    assert.equal(memory.current!.graph.isaCount, stats.isaRelations);
  });

  test('concepts, parents, children, ancestors, descendants, isDescendantOf', async () => {
    for (let round = 0; round < 60; round += 1) {
      const [a, b] = [cypher(), inMemory()];
      const id = anyId();
      const other = anyId();
      const depth = 1 + Math.floor(random() * 20);
      const first = 1 + Math.floor(random() * 30);
      assert.deepEqual(await b.byIds([id, other]), await a.byIds([id, other]), id);
      assert.deepEqual(await b.parents(id), await a.parents(id), `parents ${id}`);
      assert.deepEqual(await b.children(id), await a.children(id), `children ${id}`);
      assert.deepEqual(await b.ancestors(id, depth), await a.ancestors(id, depth), `ancestors ${id} ${depth}`);
      assert.deepEqual(await b.descendants(id, depth, first), await a.descendants(id, depth, first), `descendants ${id} ${depth} ${first}`);
      assert.equal(await b.isDescendantOf(id, other), await a.isDescendantOf(id, other), `${id} under ${other}`);
    }
  });

  test('pathTo: a path exactly when Cypher finds one, as short, along is-a edges', async () => {
    for (let round = 0; round < 60; round += 1) {
      const [a, b] = [cypher(), inMemory()];
      const [from, to] = [anyId(), anyId()];
      const [expected, actual] = [await a.pathTo(from, to), await b.pathTo(from, to)];
      assert.equal(actual === null, expected === null, `${from} → ${to}`);
      if (!actual || !expected) continue;
      // Shortest paths tie: the length is the answer, the route must be real.
      assert.equal(actual.length, expected.length, `${from} → ${to}`);
      assert.deepEqual([actual[0].id, actual[actual.length - 1].id], [from, to]);
      for (let i = 1; i < actual.length; i += 1) {
        const linked = [...(await a.parents(actual[i - 1].id)), ...(await a.children(actual[i - 1].id))].some((c) => c.id === actual[i].id);
        assert.ok(linked, `${actual[i - 1].id} – ${actual[i].id} is not an is-a edge`);
      }
    }
  });

  test('lowestCommonAncestors', async () => {
    for (let round = 0; round < 40; round += 1) {
      const ids = Array.from({ length: 1 + Math.floor(random() * 3) }, anyId);
      assert.deepEqual(idsOf(await inMemory().lowestCommonAncestors(ids)), idsOf(await cypher().lowestCommonAncestors(ids)), ids.join(','));
    }
  });

  test('searchConcepts: the same hits and order (fuzzy ones within the bound of assertSearchAgrees)', async () => {
    for (let round = 0; round < 80; round += 1) {
      const name = names[Math.floor(random() * names.length)];
      const norm = normaliseTerm(name);
      const text = random() < 0.3 ? name : norm.slice(0, 1 + Math.floor(random() * norm.length));
      const limit = 1 + Math.floor(random() * 12);
      assertSearchAgrees(await inMemory().search(text, limit), await cypher().search(text, limit), `"${text}" limit ${limit}`);
    }
  });

  test('a new load is noticed through the fingerprint and reloaded', async () => {
    assert.equal(await memory.refreshIfChanged(), false);
    const dir = mkdtempSync(join(tmpdir(), 'ontocase-random-rrf-'));
    writeFileSync(join(dir, 'MRCONSO.RRF'), `C8000000|ENG|P|L1|PF|S1|Y|A1|||C8000000|MSH|PT|C8000000|Late addition|0|N||\n`);
    writeFileSync(join(dir, 'MRREL.RRF'), `C8000000|A|CUI|PAR|${cui(0)}|A|CUI||R1||MSH||||N||\n`);
    writeFileSync(join(dir, 'MRSTY.RRF'), 'C8000000|T040||Type 0|AT9||\n');
    await loadUmls(db.executor, dir);
    assert.equal(await memory.refreshIfChanged(), true);
    assert.deepEqual(idsOf(await inMemory().parents('C8000000')), [cui(0)]);
    // A re-run changes no count, but the stamp of the load still tells the instances.
    await loadUmls(db.executor, dir);
    assert.equal(await memory.refreshIfChanged(), true);
  });
});
