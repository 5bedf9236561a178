/**
 * The Cypher statements against the reference measure: seeded random ontologies (is-a DAG
 * with several parents, synonym edges, mixed TUIs) and corpora (present / absent /
 * uncertain), random queries and options of every variant. Top-k ids, order and scores
 * must equal `rankCandidates` (scores to 1e-9), restricted to scores > 0 as documented.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { rankInGraph, type CaseFilter } from '../../../src/similarity/graph-similarity';
import {
  buildCorpusStats,
  rankCandidates,
  VARIANTS,
  type ReportConcepts,
  type ScoredCase,
  type SimilarityOptions,
} from '../../../src/similarity';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { prng, randomWorld, storeWorld, type World } from './random-world';

let db: Database;
before(async () => {
  db = await openTestDatabase();
});
after(async () => db.close());

const EPS = 1e-9;

function randomOptions(rand: () => number, ids: string[]): Partial<SimilarityOptions> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const options: Partial<SimilarityOptions> = { variant: pick(VARIANTS) };
  if (rand() < 0.5) options.alpha = pick([0, 0.3, 0.5, 1]);
  if (rand() < 0.5) options.beta = pick([0, 0.5, 1, 2]);
  if (rand() < 0.4) options.kappa = pick([0, 0.5, 2]);
  options.maxDepth = Math.floor(rand() * 7);
  if (rand() < 0.4) options.decay = pick([0.1, 0.5, 1.5]);
  if (rand() < 0.4) options.uncertainFactor = pick([0, 0.25, 1]);
  if (rand() < 0.3) options.semanticTypeWeights = { T047: pick([0, 1, 3]), T033: pick([1, 2]), T017: pick([0, 0.5]) };
  if (rand() < 0.3) options.focusConcepts = [{ id: pick(ids), weight: pick([0, 2, 5]) }, { id: pick(ids), weight: 3 }];
  if (rand() < 0.4) options.useIdf = true;
  if (rand() < 0.3) options.absentBonus = pick([0.5, 1]);
  if (rand() < 0.2) options.minScore = pick([0.1, 0.3]);
  return options;
}

function randomQuery(rand: () => number, world: World): { query: ReportConcepts; exclude: string[] } {
  if (rand() < 0.6) {
    const query = world.reports[Math.floor(rand() * world.reports.length)] as ReportConcepts;
    return { query, exclude: [query.id] };
  }
  const pick = (): string => world.ids[Math.floor(rand() * world.ids.length)] as string;
  const list = (n: number): string[] => Array.from({ length: Math.floor(rand() * n) }, pick);
  // Free-form queries may repeat an id under several assertions (text extraction can).
  return { query: { id: 'Q', present: list(5), absent: list(3), uncertain: list(3) }, exclude: [] };
}

function randomFilter(rand: () => number, world: World, exclude: string[]): CaseFilter {
  const filter: CaseFilter = { excludeReportIds: exclude.length > 0 ? exclude : null };
  if (rand() < 0.2) filter.modality = 'CR';
  if (rand() < 0.15) filter.reportIds = world.reports.filter(() => rand() < 0.5).map((r) => r.id);
  return filter;
}

function allowed(world: World, filter: CaseFilter): ReportConcepts[] {
  return world.reports.filter(
    (r) =>
      (!filter.reportIds || filter.reportIds.includes(r.id)) &&
      !(filter.excludeReportIds ?? []).includes(r.id) &&
      (!filter.modality || world.modalities.get(r.id) === filter.modality),
  );
}

/** Same order, ids and scores; a 1-ulp disagreement between engines may swap near-ties. */
function assertSameRanking(got: ScoredCase[], want: ScoredCase[], k: number, context: string): { nearTies: number } {
  const top = want.slice(0, k);
  assert.equal(got.length, top.length, `${context}: length`);
  let nearTies = 0;
  got.forEach((g, i) => {
    const w = top[i] as ScoredCase;
    assert.ok(Math.abs(g.score - w.score) <= EPS, `${context}: score #${i} ${g.score} vs ${w.score}`);
    if (g.reportId !== w.reportId) {
      const twin = want.find((x) => x.reportId === g.reportId);
      assert.ok(twin && Math.abs(twin.score - g.score) <= EPS, `${context}: id #${i} ${g.reportId} vs ${w.reportId}`);
      nearTies += 1;
      return;
    }
    const [ge, we] = [g.explanation, w.explanation];
    for (const term of ['I', 'a', 'b', 'C'] as const) {
      assert.ok(Math.abs(ge.terms[term] - we.terms[term]) <= EPS, `${context}: ${g.reportId} term ${term}`);
    }
    const pairs = (e: typeof ge): string[] => e.matched.map((m) => `${m.queryConcept}>${m.caseConcept}:${m.relation}:${m.distance}`);
    assert.deepEqual(pairs(ge), pairs(we), `${context}: ${g.reportId} matched`);
    assert.deepEqual(ge.queryOnly.map((u) => u.concept), we.queryOnly.map((u) => u.concept), `${context}: queryOnly`);
    assert.deepEqual(ge.caseOnly.map((u) => u.concept), we.caseOnly.map((u) => u.concept), `${context}: caseOnly`);
    assert.deepEqual(ge.contradictions.map((c) => c.queryConcept), we.contradictions.map((c) => c.queryConcept), `${context}: contradictions`);
  });
  return { nearTies };
}

describe('similar-cases Cypher equals the reference measure', () => {
  for (const seed of [11, 23, 37]) {
    test(`seed ${seed}: random queries and options of every variant`, async (t) => {
      const rand = prng(seed);
      await resetDatabase(db);
      const world = randomWorld(rand, 30 + Math.floor(rand() * 20), 50 + Math.floor(rand() * 30));
      await storeWorld(db.executor, world);
      const corpus = buildCorpusStats(world.reports, world.view);
      let nearTies = 0;
      const seen = new Set<string>();
      let compared = 0;
      for (let n = 0; n < 70; n += 1) {
        const options = randomOptions(rand, world.ids);
        const { query, exclude } = randomQuery(rand, world);
        const filter = randomFilter(rand, world, exclude);
        const k = 1 + Math.floor(rand() * 12);
        const want = rankCandidates(query, allowed(world, filter), world.view, options, world.reports.length, corpus).filter(
          (s) => s.score > 0,
        );
        const got = await rankInGraph(db.executor, { query, options, k, filter });
        const context = `seed ${seed} #${n} ${JSON.stringify({ options, query, filter, k })}`;
        nearTies += assertSameRanking(got, want, k, context).nearTies;
        if (got.length > 0) seen.add(options.variant as string);
        compared += got.length;
      }
      t.diagnostic(`${compared} ranked cases compared, ${nearTies} near-ties, variants ${[...seen].join(' ')}`);
      assert.ok(nearTies <= 3, `near-ties resolved differently: ${nearTies}`);
      assert.ok(seen.size >= 4, `variants with results: ${[...seen].join(', ')}`);
    });
  }
});
