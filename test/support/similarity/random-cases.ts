/**
 * Random queries, options and filters over a random world, the expected ranking from the
 * reference, and the comparison every engine (Cypher, the in-process index) must pass.
 */
import assert from 'node:assert/strict';
import type { CaseFilter } from '../../../src/similarity/graph-similarity';
import { VARIANTS, type ReportConcepts, type ScoredCase, type SimilarityOptions } from '../../../src/similarity/core';
import type { World } from './random-world';

function inRange(date: string | null, filter: CaseFilter): boolean {
  if (filter.studyDateFrom && (date === null || date < filter.studyDateFrom)) return false;
  if (filter.studyDateTo && (date === null || date > filter.studyDateTo)) return false;
  return true;
}

const EPS = 1e-9;

export function randomOptions(rand: () => number, ids: string[]): Partial<SimilarityOptions> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const options: Partial<SimilarityOptions> = { variant: pick(VARIANTS) };
  if (rand() < 0.5) options.alpha = pick([0, 0.3, 0.5, 1]);
  if (rand() < 0.5) options.beta = pick([0, 0.5, 1, 2]);
  if (rand() < 0.4) options.kappa = pick([0, 0.5, 2]);
  options.maxDepth = Math.floor(rand() * 7);
  if (rand() < 0.4) options.decay = pick([0.1, 0.5, 1.5]);
  if (rand() < 0.4) options.uncertainFactor = pick([0, 0.25, 1]);
  if (rand() < 0.3) options.semanticTypeWeights = { T047: pick([0, 1, 3]), T033: pick([1, 2]), T017: pick([0, 0.5]) };
  if (rand() < 0.3)
    options.focusConcepts = [
      { id: pick(ids), weight: pick([0, 2, 5]) },
      { id: pick(ids), weight: 3 },
    ];
  if (rand() < 0.4) options.useIdf = true;
  if (rand() < 0.3) options.absentBonus = pick([0.5, 1]);
  if (rand() < 0.2) options.minScore = pick([0.1, 0.3]);
  return options;
}

export function randomQuery(rand: () => number, world: World): { query: ReportConcepts; exclude: string[] } {
  if (rand() < 0.6) {
    const query = world.reports[Math.floor(rand() * world.reports.length)];
    return { query, exclude: [query.id] };
  }
  const pick = (): string => world.ids[Math.floor(rand() * world.ids.length)];
  const list = (n: number): string[] => Array.from({ length: Math.floor(rand() * n) }, pick);
  // Free-form queries may repeat an id under several assertions (text extraction can).
  return { query: { id: 'Q', present: list(5), absent: list(3), uncertain: list(3) }, exclude: [] };
}

export function randomFilter(rand: () => number, world: World, exclude: string[]): CaseFilter {
  const filter: CaseFilter = { excludeReportIds: exclude.length > 0 ? exclude : null };
  if (rand() < 0.2) filter.modality = 'CR';
  if (rand() < 0.15) filter.reportIds = world.reports.filter(() => rand() < 0.5).map((r) => r.id);
  if (rand() < 0.15) filter.studyDateFrom = `2024-0${1 + Math.floor(rand() * 6)}-01`;
  if (rand() < 0.15) filter.studyDateTo = `2024-0${3 + Math.floor(rand() * 6)}-15`;
  return filter;
}

export function allowed(world: World, filter: CaseFilter): ReportConcepts[] {
  return world.reports.filter(
    (r) =>
      (!filter.reportIds || filter.reportIds.includes(r.id)) &&
      !(filter.excludeReportIds ?? []).includes(r.id) &&
      (!filter.modality || world.modalities.get(r.id) === filter.modality) &&
      inRange(world.studyDates?.get(r.id) ?? null, filter),
  );
}

/** Same order, ids and scores; a 1-ulp disagreement between engines may swap near-ties. */
export function assertSameRanking(got: ScoredCase[], want: ScoredCase[], k: number, context: string): { nearTies: number } {
  const top = want.slice(0, k);
  assert.equal(got.length, top.length, `${context}: length`);
  let nearTies = 0;
  got.forEach((g, i) => {
    const w = top[i];
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
    assert.deepEqual(
      ge.queryOnly.map((u) => u.concept),
      we.queryOnly.map((u) => u.concept),
      `${context}: queryOnly`,
    );
    assert.deepEqual(
      ge.caseOnly.map((u) => u.concept),
      we.caseOnly.map((u) => u.concept),
      `${context}: caseOnly`,
    );
    assert.deepEqual(
      ge.contradictions.map((c) => c.queryConcept),
      we.contradictions.map((c) => c.queryConcept),
      `${context}: contradictions`,
    );
  });
  return { nearTies };
}
