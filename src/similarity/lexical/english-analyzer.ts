/**
 * Lucene's EnglishAnalyzer, the one Neo4j's full-text index `report_text` uses, mirrored for
 * the in-process BM25 index: StandardTokenizer (Unicode word breaks, UAX #29) → possessive
 * "'s" removed → lower case → English stop words → Porter stemming. Pure.
 *
 * The tokenizer keeps the word-break rules that occur in report text: letters, digits and
 * underscores run together (underscores alone make no token); "." "'" "’" ":" join two letters ("e.g", "don't"); "." "," ";"
 * "'" join two digits ("2.5", "1,000"). Scripts with other rules (ideographs, Hebrew quotes)
 * are tokenized as plain runs; a token longer than 255 characters is split as Lucene does.
 */
import { stemmer } from 'porter-stemmer';
import { BM25_MAX_TERMS, tokenize } from './lucene-query';

/** EnglishAnalyzer.ENGLISH_STOP_WORDS_SET. "no" and "not" are in it: BM25 never sees negation. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=[\p{L}\p{M}])[.'’:](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const MAX_TOKEN_LENGTH = 255;
const POSSESSIVE = /['’＇][sS]$/;

/** One token through the filters after the tokenizer; null for a stop word. */
function analyzeToken(token: string): string | null {
  const lower = token.replace(POSSESSIVE, '').toLowerCase();
  if (lower === '' || STOP_WORDS.has(lower)) return null;
  return stemmer(lower);
}

/** A run of underscores (ExtendNumLet) with no letter or digit is no token ("___" in de-identified text). */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

function* standardTokens(text: string): Generator<string> {
  for (const [word] of text.matchAll(WORD)) {
    if (!HAS_WORD_CHARACTER.test(word)) continue;
    for (let at = 0; at < word.length; at += MAX_TOKEN_LENGTH) yield word.slice(at, at + MAX_TOKEN_LENGTH);
  }
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
