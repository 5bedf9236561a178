/**
 * similarCases on the in-process index, as plain data: the request and the answer cross to
 * and from a scoring worker unchanged (structured clone), and the answer is explained where
 * it lands (`explainRanking` with `caseExplainer`), so either thread gives the same cases.
 */
import type { CaseFilter } from '../graph-similarity';
import { rankOn, type Engine, type RankedHybrid } from '../hybrid-ranker';
import { requireOptions } from '../core/options';
import type { ReportConcepts, SimilarityOptions } from '../core/measure.types';
import type { CorpusIndex } from './corpus-index';
import { rankCases, scoreInIndex, type RankedCase } from './index-ranker';
import { lexicalInIndex, passingInIndex } from './index-lexical';

export interface IndexSimilarRequest {
  query: ReportConcepts;
  /** The BM25 side of the query: a stored report (left out of its own neighbours) or a text. */
  lexical: { reportId: string } | { text: string };
  options: Partial<SimilarityOptions>;
  k: number;
  filter: CaseFilter;
}

export type IndexSimilarAnswer = RankedHybrid<RankedCase>[];

/** The index as the hybrid ranker's engine for one query. */
function indexEngine(corpus: CorpusIndex, request: IndexSimilarRequest): Engine<RankedCase> {
  const { query } = request;
  return {
    rank: (options, k, filter) => rankCases(corpus, { query, options, k, filter }),
    score: (options, k, filter) => scoreInIndex(corpus, { query, options, k, filter }),
    neighbours: () => lexicalInIndex(corpus, request.lexical),
    passing: (ids, filter) => passingInIndex(corpus, ids, filter),
  };
}

export function similarInIndex(corpus: CorpusIndex, request: IndexSimilarRequest): Promise<IndexSimilarAnswer> {
  return rankOn(indexEngine(corpus, request), requireOptions(request.options), request.k, request.filter);
}
