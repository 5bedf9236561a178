/**
 * Lucene's EnglishAnalyzer, the one Neo4j's full-text index `report_text` uses, mirrored for
 * the in-process BM25 index: StandardTokenizer (Unicode word breaks, UAX #29, as far as
 * report text needs: shared/core/standard-tokenizer.ts) → possessive "'s" removed → lower
 * case → English stop words → Porter stemming. Pure.
 */
import { stemmer } from 'porter-stemmer';
import { standardTokens } from '../../shared/core/standard-tokenizer';
import { BM25_MAX_TERMS, tokenize } from './lucene-query';

/** EnglishAnalyzer.ENGLISH_STOP_WORDS_SET. "no" and "not" are in it: BM25 never sees negation. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

const POSSESSIVE = /['’＇][sS]$/;

/** One token through the filters after the tokenizer; null for a stop word. */
function analyzeToken(token: string): string | null {
  const lower = token.replace(POSSESSIVE, '').toLowerCase();
  if (lower === '' || STOP_WORDS.has(lower)) return null;
  return stemmer(lower);
}

/** The indexed terms of a document, in text order with repeats (their count is the field length). */
export function documentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of standardTokens(text)) {
    const term = analyzeToken(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * The terms of the Lucene query `bm25Query(text)` builds, as the query parser analyzes it: the
 * text's first 64 distinct tokens, stop words dropped, stemmed. Repeats stay: two tokens with
 * one stem are two equal clauses, which Lucene merges into one clause of boost 2.
 */
export function queryTerms(text: string, maxTerms = BM25_MAX_TERMS): string[] {
  const terms: string[] = [];
  for (const token of [...new Set(tokenize(text))].slice(0, maxTerms)) {
    const term = analyzeToken(token);
    if (term !== null) terms.push(term);
  }
  return terms;
}
