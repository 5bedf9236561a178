/**
 * The graph engine: the reference measure evaluated in Neo4j by the `similar-cases*`
 * statements, one per family of variants. This module only builds parameters and reads
 * rows; the maths is in the Cypher files and mirrors src/similarity/ (docs/similarity.md).
 */
import { asInt, CypherRunner } from '../db/executor';
import { requireOptions } from './core/options';
import type { Assertion } from '../shared/core/assertion';
import type { Explanation, ReportConcepts, ScoredCase, SimilarityOptions, Variant } from './core/measure.types';

/** Which stored reports may be returned; every field optional, all given ones must hold. */
export interface CaseFilter {
  reportIds?: readonly string[] | null;
  excludeReportIds?: readonly string[] | null;
  modality?: string | null;
  /** ISO dates (YYYY-MM-DD), compared as text with the stored studyDate, inclusive. */
  studyDateFrom?: string | null;
  studyDateTo?: string | null;
}

export interface GraphRankRequest {
  query: ReportConcepts;
  options?: Partial<SimilarityOptions>;
  k: number;
  filter?: CaseFilter;
  /** Reports scored even with nothing in common (score 0 kept): compareReports. */
  pinned?: readonly string[];
}

const STATEMENT: Record<Variant, string> = {
  TVERSKY: 'similar-cases',
  SYMMETRIC: 'similar-cases',
  PAPER: 'similar-cases-paper',
  JACCARD: 'similar-cases-flat',
  DICE: 'similar-cases-flat',
};

/** The query as (id, assertion) rows: the shape MENTIONS edges have, duplicates allowed. */
function queryRows(query: ReportConcepts): { id: string; assertion: Assertion }[] {
  return [
    ...query.present.map((id) => ({ id, assertion: 'PRESENT' as const })),
    ...query.absent.map((id) => ({ id, assertion: 'ABSENT' as const })),
    ...query.uncertain.map((id) => ({ id, assertion: 'UNCERTAIN' as const })),
  ];
}

export function filterParam(filter: CaseFilter = {}): Record<string, unknown> {
  return {
    reportIds: filter.reportIds ?? null,
    excludeReportIds: filter.excludeReportIds ?? null,
    modality: filter.modality ?? null,
    studyDateFrom: filter.studyDateFrom ?? null,
    studyDateTo: filter.studyDateTo ?? null,
  };
}

/** Parameters of the similar-cases statements (numbers travel as floats, k as an integer). */
function rankParams(request: GraphRankRequest, opts: SimilarityOptions): Record<string, unknown> {
  return {
    query: queryRows(request.query),
    tw: { ...opts.semanticTypeWeights },
    focus: opts.focusConcepts.map((f) => ({ id: f.id, weight: f.weight })),
    useIdf: opts.useIdf,
    uf: opts.uncertainFactor,
    alpha: opts.alpha,
    beta: opts.beta,
    kappa: opts.kappa,
    decay: opts.decay,
    maxDepth: asInt(opts.maxDepth),
    absentBonus: opts.absentBonus,
    minScore: opts.minScore,
    symmetric: opts.variant === 'SYMMETRIC',
    coefficient: opts.variant === 'JACCARD' ? 1 : 0.5,
    k: asInt(request.k),
    filter: filterParam(request.filter),
    pinned: request.pinned ? [...request.pinned] : null,
  };
}

/**
 * Top k stored reports by score desc then id asc, each with its explanation. Only scores
 * > 0 and ≥ minScore are returned (a report with nothing in common is not a similar case),
 * except pinned reports, which are always scored.
 */
export async function rankInGraph(runner: CypherRunner, request: GraphRankRequest): Promise<ScoredCase[]> {
  const opts = requireOptions(request.options);
  const rows = await runner.read<{ reportId: string; score: number; explanation: Explanation }>(
    STATEMENT[opts.variant],
    rankParams(request, opts),
  );
  return rows.map((row) => ({ reportId: row.reportId, score: row.score, explanation: row.explanation }));
}
