/**
 * The hybrid measure's lexical part on the in-process index: a query's BM25 neighbours and
 * the filter, answered without the graph (the twin of lexical-search.service.ts and
 * `reports-passing-filter`, the reference).
 */
import type { CaseFilter } from '../graph-similarity';
import { LEXICAL_DEPTH, type LexicalHit } from '../core/hybrid';
import { filterOf } from './candidates';
import type { CorpusIndex } from './corpus-index';

/** A stored report's neighbours (itself left out) or a text's, best first. */
export function lexicalInIndex(corpus: CorpusIndex, query: { reportId: string } | { text: string }, depth = LEXICAL_DEPTH): LexicalHit[] {
  const lexical = corpus.lexical;
  if ('text' in query) return lexical.neighbours(lexical.textQuery(query.text), corpus.ids, null, depth);
  const r = corpus.indexOf(query.reportId);
  return r === undefined ? [] : lexical.neighbours(lexical.storedQuery(r), corpus.ids, r, depth);
}

/** The ids among `ids` that are indexed reports satisfying the filter. */
export function passingInIndex(corpus: CorpusIndex, ids: readonly string[], filter: CaseFilter): string[] {
  const { excluded, only, test } = filterOf(corpus, filter);
  const refused = new Set(excluded);
  const allowed = only ? new Set(only) : null;
  return ids.filter((id) => {
    const r = corpus.indexOf(id);
    return r !== undefined && !refused.has(r) && (!allowed || allowed.has(r)) && (!test || test(r));
  });
}
