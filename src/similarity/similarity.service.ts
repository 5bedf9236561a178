/**
 * Similar cases for the API: resolves the query (a stored report, or text through the
 * extraction pipeline when one is wired), then ranks on the in-process index when one is
 * loaded (index/, same results), else in the graph (graph-similarity.ts, the reference).
 */
import { GraphQLError } from 'graphql';
import type { CypherRunner } from '../db/executor';
import { rankInGraph, type CaseFilter } from './graph-similarity';
import { rankInIndex } from './index/index-ranker';
import type { SimilarityIndex } from './index/similarity-index';
import { badInput } from './similarity.input';
import type { Assertion, ReportConcepts, ScoredCase, SimilarityOptions } from './similarity.types';

/** Text → concepts; provided by the extraction pipeline when the server has one. */
export interface QueryExtractor {
  conceptsOf(text: string): Promise<ReportConcepts>;
}

export interface SimilarCasesRequest {
  reportId?: string | null;
  text?: string | null;
  k: number;
  options: Partial<SimilarityOptions>;
  filter?: CaseFilter | null;
}

export function reportNotFound(id: string, argument: string): GraphQLError {
  return new GraphQLError(`No stored report with id "${id}".`, { extensions: { code: 'NOT_FOUND', argument, id } });
}

export class SimilarityService {
  constructor(
    private readonly runner: CypherRunner,
    private readonly index?: SimilarityIndex | null,
  ) {}

  /** Stored reports as the measure sees them; unknown ids are absent from the map. */
  async reportConcepts(ids: readonly string[]): Promise<Map<string, ReportConcepts>> {
    const rows = await this.runner.read<{ id: string; concepts: { id: string; assertion: Assertion }[] }>(
      'similarity-query-concepts',
      { ids: [...new Set(ids)] },
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          present: row.concepts.filter((c) => c.assertion === 'PRESENT').map((c) => c.id),
          absent: row.concepts.filter((c) => c.assertion === 'ABSENT').map((c) => c.id),
          uncertain: row.concepts.filter((c) => c.assertion === 'UNCERTAIN').map((c) => c.id),
        },
      ]),
    );
  }

  /** Top k by score desc then id asc; only scores > 0 (and ≥ minScore). A stored query report never returns itself. */
  async similarCases(request: SimilarCasesRequest, extractor?: QueryExtractor): Promise<ScoredCase[]> {
    const hasId = request.reportId !== null && request.reportId !== undefined;
    const hasText = request.text !== null && request.text !== undefined;
    if (hasId === hasText) {
      throw badInput('Give exactly one of the arguments reportId and text.', { argument: hasId ? 'reportId, text' : 'reportId' });
    }
    const filter: CaseFilter = { ...(request.filter ?? {}) };
    const corpus = this.index?.current ?? null;
    let query: ReportConcepts;
    if (hasId) {
      const id = request.reportId as string;
      const stored = corpus?.indexOf(id);
      const found = stored !== undefined ? corpus!.reportConcepts(stored) : (await this.reportConcepts([id])).get(id);
      if (!found) throw reportNotFound(id, 'reportId');
      query = found;
      filter.excludeReportIds = [...(filter.excludeReportIds ?? []), id];
    } else {
      if (!extractor) throw badInput('text queries need the extraction pipeline', { argument: 'text' });
      query = await extractor.conceptsOf(request.text as string);
    }
    // A report the index has not seen (written by another process) sends the query to the graph.
    const indexed = corpus && (!hasId || corpus.indexOf(request.reportId as string) !== undefined);
    if (indexed) return rankInIndex(corpus, { query, options: request.options, k: request.k, filter });
    return rankInGraph(this.runner, { query, options: request.options, k: request.k, filter });
  }

  /** Report a as the query, b as the case; the score even when it is 0. */
  async compare(a: string, b: string, options: Partial<SimilarityOptions>): Promise<ScoredCase> {
    const reports = await this.reportConcepts([a, b]);
    const query = reports.get(a);
    if (!query) throw reportNotFound(a, 'a');
    if (!reports.has(b)) throw reportNotFound(b, 'b');
    const [scored] = await rankInGraph(this.runner, { query, options, k: 1, filter: { reportIds: [b] }, pinned: [b] });
    if (!scored) throw reportNotFound(b, 'b');
    return scored;
  }
}
