/**
 * Similar cases for the API: resolves the query (a stored report, or text through the
 * extraction pipeline when one is wired), then ranks on the in-process index when one is
 * loaded (memory/: the concept part equal to the graph's, BM25 mirroring Lucene's), else in
 * the graph (graph-similarity.ts and the full-text index, the reference).
 */
import type { CypherRunner } from '../db/executor';
import { BadInputError, NotFoundError } from '../shared/core/errors';
import { filterParam, rankInGraph, type CaseFilter } from './graph-similarity';
import { explainHybrid, lexicalEvidenceOf, type LexicalHit } from './core/hybrid';
import { explainRanking, rankOn, type Engine } from './hybrid-ranker';
import { LexicalSearch } from './lexical/lexical-search.service';
import { requireOptions } from './core/options';
import { caseExplainer } from './memory/index-ranker';
import { lexicalInIndex } from './memory/index-lexical';
import { similarInIndex } from './memory/index-similar';
import type { SimilarityIndex } from './memory/similarity-index';
import type { Assertion } from '../shared/core/assertion';
import type { ReportConcepts, ScoredCase, SimilarityOptions } from './core/measure.types';

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

const reportNotFound = (id: string, argument: string): NotFoundError =>
  new NotFoundError(`No stored report with id "${id}".`, argument, { id });

export class SimilarityService {
  private readonly lexical: LexicalSearch;

  constructor(
    private readonly runner: CypherRunner,
    private readonly index?: SimilarityIndex | null,
  ) {
    this.lexical = new LexicalSearch(runner);
  }

  /** Stored reports as the measure sees them; unknown ids are absent from the map. */
  async reportConcepts(ids: readonly string[]): Promise<Map<string, ReportConcepts>> {
    const rows = await this.runner.read<{ id: string; concepts: { id: string; assertion: Assertion }[] }>('similarity-query-concepts', {
      ids: [...new Set(ids)],
    });
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
      throw new BadInputError(hasId ? 'reportId, text' : 'reportId', 'Give exactly one of the arguments reportId and text.');
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
      if (!extractor) throw new BadInputError('text', 'text queries need the extraction pipeline');
      query = await extractor.conceptsOf(request.text as string);
    }
    // A report the index has not seen (written by another process) sends the query to the graph.
    const indexed = corpus && (!hasId || corpus.indexOf(request.reportId as string) !== undefined);
    const lexicalQuery = hasId ? { reportId: request.reportId as string } : { text: request.text as string };
    const opts = requireOptions(request.options);
    if (indexed) {
      const asked = { query, lexical: lexicalQuery, options: request.options, k: request.k, filter };
      const scoring = this.index?.scoring;
      const ranked = scoring?.serves(corpus) ? await scoring.similar(corpus, asked) : await similarInIndex(corpus, asked);
      return explainRanking(ranked, caseExplainer(query, corpus.ontology, opts), opts);
    }
    const engine: Engine<ScoredCase> = {
      rank: (options, k, f) => rankInGraph(this.runner, { query, options, k, filter: f }),
      score: (options, k, f) => rankInGraph(this.runner, { query, options, k, filter: f }),
      neighbours: () => this.graphNeighbours(lexicalQuery),
      passing: (ids, f) => this.passingFilter(ids, f),
    };
    return explainRanking(await rankOn(engine, opts, request.k, filter), (c) => c, opts);
  }

  /** BM25 neighbours from the full-text index (the reference). */
  private async graphNeighbours(query: { reportId: string } | { text: string }): Promise<LexicalHit[]> {
    if ('text' in query) return this.lexical.neighbours(query.text, null);
    return this.lexical.neighbours((await this.lexical.textOf(query.reportId)) ?? '', query.reportId);
  }

  /** The ids among `ids` that are stored reports satisfying the filter. */
  private async passingFilter(ids: readonly string[], filter: CaseFilter): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.runner.read<{ id: string }>('reports-passing-filter', { ids: [...ids], filter: filterParam(filter) });
    return rows.map((row) => row.id);
  }

  /** Report a as the query, b as the case; the score even when it is 0. */
  async compare(a: string, b: string, options: Partial<SimilarityOptions>): Promise<ScoredCase> {
    const reports = await this.reportConcepts([a, b]);
    const query = reports.get(a);
    if (!query) throw reportNotFound(a, 'a');
    if (!reports.has(b)) throw reportNotFound(b, 'b');
    const opts = requireOptions(options);
    const [scored] = await rankInGraph(this.runner, {
      query,
      options: { ...opts, lexicalWeight: 0 },
      k: 1,
      filter: { reportIds: [b] },
      pinned: [b],
    });
    if (!scored) throw reportNotFound(b, 'b');
    if (opts.lexicalWeight === 0) return scored;
    // The lexical engine similarCases uses for a, so a case gets the score it got there.
    const corpus = this.index?.current;
    const hits =
      corpus && corpus.indexOf(a) !== undefined ? lexicalInIndex(corpus, { reportId: a }) : await this.graphNeighbours({ reportId: a });
    return explainHybrid(scored, lexicalEvidenceOf(hits, opts.lexicalWeight)(b));
  }
}
