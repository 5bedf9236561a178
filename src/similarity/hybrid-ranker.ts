/**
 * The hybrid ranking over one engine (the in-process index or the graph), exact for the
 * measure's definition: the concept top k, plus the query's lexical neighbours (their concept
 * part scored on the same engine), fused. A report in neither has lexical part 0 and concept
 * part ≤ the k-th, so it cannot enter the top k. Generic over what the engine ranks, so the
 * index's cases can cross to a scoring worker as plain data and be explained where they land.
 */
import type { CaseFilter } from './graph-similarity';
import { emptyExplanation, explainHybrid, fuseScores, lexicalEvidenceOf, type ConceptScore, type LexicalHit } from './core/hybrid';
import type { LexicalEvidence, ScoredCase, SimilarityOptions } from './core/measure.types';

type Maybe<T> = Promise<T> | T;

/** One engine bound to a query; `C` is what its ranking returns per case. */
export interface Engine<C extends ConceptScore> {
  rank(options: Partial<SimilarityOptions>, k: number, filter: CaseFilter): Maybe<C[]>;
  score(options: Partial<SimilarityOptions>, k: number, filter: CaseFilter): Maybe<ConceptScore[]>;
  /** The query's BM25 neighbours, best first. */
  neighbours(): Maybe<LexicalHit[]>;
  /** The ids among `ids` that are stored reports satisfying the filter. */
  passing(ids: readonly string[], filter: CaseFilter): Maybe<string[]>;
}

/** A case of the final ranking: its score, the engine's concept case (null: concept part 0) and, when hybrid, its lexical part. */
export interface RankedHybrid<C> {
  reportId: string;
  score: number;
  concept: C | null;
  lexical: LexicalEvidence | null;
}

/** The top k of the options' measure (hybrid unless lexicalWeight is 0); only the final k are concept-ranked with explanations. */
export async function rankOn<C extends ConceptScore>(
  engine: Engine<C>,
  opts: SimilarityOptions,
  k: number,
  filter: CaseFilter,
): Promise<RankedHybrid<C>[]> {
  if (opts.lexicalWeight === 0)
    return (await engine.rank(opts, k, filter)).map((c) => ({ reportId: c.reportId, score: c.score, concept: c, lexical: null }));
  const hits = await engine.neighbours();
  const conceptOptions = { ...opts, minScore: 0, lexicalWeight: 0 };
  const explained = new Map((await engine.rank(conceptOptions, k, filter)).map((c) => [c.reportId, c]));
  const allowed = filter.reportIds ? new Set(filter.reportIds) : null;
  const others = hits.map((h) => h.reportId).filter((id) => !explained.has(id) && (!allowed || allowed.has(id)));
  const scored: ConceptScore[] =
    others.length > 0 ? await engine.score(conceptOptions, others.length, { ...filter, reportIds: others }) : [];
  // The rest share nothing weighted with the query (concept part 0), or fail the filter.
  const known = new Set(scored.map((c) => c.reportId));
  const zero = (
    await engine.passing(
      others.filter((id) => !known.has(id)),
      filter,
    )
  ).map((reportId) => ({ reportId, score: 0 }));
  const top = fuseScores([...explained.values(), ...scored, ...zero], hits, opts, k);
  const unexplained = top.filter((c) => !explained.has(c.reportId) && c.concept > 0).map((c) => c.reportId);
  if (unexplained.length > 0) {
    for (const c of await engine.rank(conceptOptions, unexplained.length, { ...filter, reportIds: unexplained }))
      explained.set(c.reportId, c);
  }
  const evidence = lexicalEvidenceOf(hits, opts.lexicalWeight);
  return top.map((c) => ({
    reportId: c.reportId,
    score: c.score,
    concept: explained.get(c.reportId) ?? null,
    lexical: evidence(c.reportId),
  }));
}

/** The ranking as the API answers it: each case explained (lazily) by `explain`, with its lexical part when hybrid. */
export function explainRanking<C>(
  ranked: readonly RankedHybrid<C>[],
  explain: (c: C) => ScoredCase,
  opts: SimilarityOptions,
): ScoredCase[] {
  const empty = emptyExplanation({ I: 0, a: 0, b: 0, C: 0, alpha: opts.alpha, beta: opts.beta, kappa: opts.kappa });
  return ranked.map((c) => {
    const scored = c.concept === null ? { reportId: c.reportId, score: 0, explanation: empty } : explain(c.concept);
    return c.lexical === null ? scored : explainHybrid(scored, c.lexical);
  });
}
