/**
 * searchConcepts in process against the Cypher reference: exact, synonym and prefix hits
 * identical (concept, kind, score, place); fuzzy hits the same concepts, each at most
 * FUZZY_RANK_BOUND places from its place in the reference, its score within FUZZY_SCORE_BOUND
 * and below 0.55 (the in-process score is Lucene's BM25 as fuzzy-names.ts states it; Lucene
 * scores some one-edit terms a little higher, up to 0.03 on the 0.55 scale in the typo test).
 */
import assert from 'node:assert/strict';
import type { SearchHit } from '../../../src/ontology/concept.service';

export const FUZZY_RANK_BOUND = 1;
export const FUZZY_SCORE_BOUND = 0.05;

/** Asserts agreement; returns the largest fuzzy displacement and score difference seen. */
export function assertSearchAgrees(
  memory: SearchHit[],
  cypher: SearchHit[],
  context: string,
): { fuzzy: number; displacement: number; scoreDifference: number } {
  const plain = (hits: SearchHit[]): string[] =>
    hits.filter((h) => h.matched !== 'FUZZY').map((h) => `${h.concept.id}:${h.matched}:${h.score}`);
  assert.deepEqual(plain(memory), plain(cypher), `${context}: exact, synonym and prefix hits`);
  const fuzzy = (hits: SearchHit[]): SearchHit[] => hits.filter((h) => h.matched === 'FUZZY');
  const [mine, theirs] = [fuzzy(memory), fuzzy(cypher)];
  assert.deepEqual(mine.map((h) => h.concept.id).sort(), theirs.map((h) => h.concept.id).sort(), `${context}: fuzzy concepts`);
  let displacement = 0;
  let scoreDifference = 0;
  theirs.forEach((hit, at) => {
    const i = mine.findIndex((h) => h.concept.id === hit.concept.id);
    displacement = Math.max(displacement, Math.abs(i - at));
    scoreDifference = Math.max(scoreDifference, Math.abs(mine[i].score - hit.score));
  });
  assert.ok(displacement <= FUZZY_RANK_BOUND, `${context}: a fuzzy hit moved ${displacement} places`);
  assert.ok(scoreDifference <= FUZZY_SCORE_BOUND, `${context}: fuzzy scores differ by ${scoreDifference}`);
  assert.ok(
    mine.every((h) => h.score < 0.55),
    `${context}: a fuzzy score reached 0.55`,
  );
  return { fuzzy: theirs.length, displacement, scoreDifference };
}
