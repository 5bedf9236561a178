/**
 * The methods compared in the retrieval evaluation, each as "report id → ranked other
 * report ids": the ontology measure (and its variants) through SimilarityService, BM25
 * over the full-text index on Report.text, and in-process TF-IDF cosine.
 */
import type { CypherRunner } from '../../src/db/executor';
import type { SimilarityIndex } from '../../src/similarity/memory/similarity-index';
import { SimilarityService } from '../../src/similarity/similarity.service';
import type { SimilarityOptions } from '../../src/similarity/core/measure.types';
import { LexicalSearch } from '../../src/similarity/lexical/lexical-search.service';
import { TfIdfIndex } from './tfidf';

type Retriever = (id: string, k: number) => Promise<string[]>;

export interface Method {
  name: string;
  /** What it is, for the table. */
  description: string;
  retriever: Retriever;
}

export const METHOD_NAMES = ['ontology', 'TVERSKY', 'PAPER', 'JACCARD', 'DICE', 'BM25', 'TF-IDF'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

// Every row but `ontology` is a pure concept measure (lexicalWeight 0).
const MEASURES: Record<
  'ontology' | 'TVERSKY' | 'PAPER' | 'JACCARD' | 'DICE',
  { options: Partial<SimilarityOptions>; description: string }
> = {
  ontology: { options: {}, description: 'our measure, default options (hybrid: hierarchy-aware Tversky fused with BM25)' },
  TVERSKY: { options: { variant: 'TVERSKY', lexicalWeight: 0 }, description: 'the concept part alone (default options, no lexical part)' },
  PAPER: { options: { variant: 'PAPER', lexicalWeight: 0 }, description: "the paper's symmetric Tversky" },
  JACCARD: { options: { variant: 'JACCARD', lexicalWeight: 0 }, description: 'weighted Jaccard over concepts' },
  DICE: { options: { variant: 'DICE', lexicalWeight: 0 }, description: 'weighted Dice over concepts' },
};

export function createMethods(
  runner: CypherRunner,
  texts: ReadonlyMap<string, string>,
  names: readonly MethodName[] = METHOD_NAMES,
  index: SimilarityIndex | null = null,
): Method[] {
  // The in-process index when loaded (the server's default engine), Cypher otherwise: same results.
  const similarity = new SimilarityService(runner, index);
  const lexical = new LexicalSearch(runner);
  let tfidf: TfIdfIndex | null = null;
  return names.map((name): Method => {
    if (name === 'BM25') {
      return {
        name,
        description: 'BM25 (Lucene, english analyzer) over the report text, query = its distinct terms',
        retriever: async (id, k) => {
          const hits = await lexical.neighbours(texts.get(id) ?? '', id, k);
          return hits.map((hit) => hit.reportId);
        },
      };
    }
    if (name === 'TF-IDF') {
      return {
        name,
        description: 'TF-IDF cosine over the report text (in-process)',
        retriever: async (id, k) => {
          tfidf ??= new TfIdfIndex([...texts].map(([docId, text]) => ({ id: docId, text })));
          return tfidf.neighbours(id, k).map((n) => n.id);
        },
      };
    }
    const { options, description } = MEASURES[name];
    return {
      name,
      description,
      retriever: async (id, k) => (await similarity.similarCases({ reportId: id, k, options })).map((c) => c.reportId),
    };
  });
}

export function parseMethods(list: string): MethodName[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(METHOD_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`Unknown method(s) ${unknown.join(', ')} (--methods); known: ${METHOD_NAMES.join(', ')}`);
  return names as MethodName[];
}
