/** Word terms of report text for lexical search (BM25 in Lucene, the hybrid measure) and the TF-IDF baseline. Pure. */

/** Lower-cased runs of letters and digits, in text order (accents folded). */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);

/** A term made safe for Lucene's query parser: specials backslash-escaped, bare operator words quoted. */
export function escapeLuceneTerm(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  return LUCENE_OPERATORS.has(term.toLowerCase()) ? `"${escaped}"` : escaped;
}

/** The query keeps a report's first 64 distinct terms (Lucene's default clause limit is far above). */
export const BM25_MAX_TERMS = 64;

/** The BM25 query for a report: its distinct terms in text order, capped, escaped, OR-ed (Lucene's default). */
export function bm25Query(text: string, maxTerms = BM25_MAX_TERMS): string {
  return [...new Set(tokenize(text))].slice(0, maxTerms).map(escapeLuceneTerm).join(' ');
}
