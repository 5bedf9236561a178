/**
 * The fuzzy part of searchConcepts in process against Neo4j's full-text query (the
 * reference): real names of the demo ontology with random typos (a substitution, insertion,
 * deletion or swap in one or two words of ≥ 4 letters, sometimes a second edit that puts the
 * word out of reach, sometimes a short word or punctuation), compared by assertSearchAgrees.
 * The limit is large enough that the comparison sees every fuzzy candidate, not a cut.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { asInt } from '../../../src/db/executor';
import { OntologyLoaders } from '../../../src/ontology/concept.loaders';
import { ConceptService } from '../../../src/ontology/concept.service';
import { OntologyMemory } from '../../../src/ontology/memory/ontology-memory';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { mulberry32 } from '../../../tools/ontology/synthetic-rrf';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { assertSearchAgrees } from '../../support/ontology/search-agreement';

let db: Database;
let memory: OntologyMemory;
let names: string[];

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  memory = new OntologyMemory(db.executor);
  await memory.load();
  const rows = await db.executor.read<{ concept: { name: string; synonyms: string[] } }>('ontology-memory-concepts', {
    after: '',
    limit: asInt(100_000),
  });
  names = rows.flatMap((row) => [row.concept.name, ...row.concept.synonyms]);
});
after(async () => db.close());

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function typo(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  const letter = LETTERS[Math.floor(random() * LETTERS.length)];
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + letter + word.slice(at);
    case 2:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word + letter;
  }
}

test('typo’d demo names: the same concepts as the full-text index, fuzzy order within the bound', async () => {
  const random = mulberry32(12);
  const cypher = new ConceptService(db.executor, new OntologyLoaders(db.executor));
  const inMemory = new ConceptService(db.executor, new OntologyLoaders(db.executor), memory.current);
  let withFuzzy = 0;
  let fuzzyHits = 0;
  let worst = { displacement: 0, scoreDifference: 0 };
  for (let round = 0; round < 300; round += 1) {
    const words = names[Math.floor(random() * names.length)].split(/\s+/);
    const typos = 1 + Math.floor(random() * 2);
    for (let t = 0; t < typos; t += 1) {
      const long = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
      if (long.length === 0) break;
      const i = long[Math.floor(random() * long.length)];
      words[i] = typo(words[i], random);
      if (random() < 0.1) words[i] = typo(words[i], random); // two edits: out of reach
    }
    if (random() < 0.1) words.push(random() < 0.5 ? ',' : 'of');
    const text = random() < 0.2 ? words.join(' ').toUpperCase() : words.join(' ');
    const limit = 50;
    const seen = assertSearchAgrees(await inMemory.search(text, limit), await cypher.search(text, limit), `"${text}"`);
    if (seen.fuzzy > 0) withFuzzy += 1;
    fuzzyHits += seen.fuzzy;
    worst = {
      displacement: Math.max(worst.displacement, seen.displacement),
      scoreDifference: Math.max(worst.scoreDifference, seen.scoreDifference),
    };
  }
  console.log(
    `fuzzy search agreement: ${withFuzzy} of 300 queries had fuzzy hits (${fuzzyHits} in all); worst displacement ${worst.displacement}, score difference ${worst.scoreDifference.toExponential(2)}`,
  );
  assert.ok(withFuzzy > 100, `only ${withFuzzy} of 300 typo'd queries had fuzzy hits`);
});
