/** The fuzzy concept-name query from user text: Lucene's syntax for the graph's full-text index, and its terms for the in-process twin. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words of at least this many characters match within one edit; shorter ones exactly: an edit distance of 1 on "rll" matches too much. */
export const FUZZY_MIN_LENGTH = 4;

/** The query's terms: lower-cased whitespace-separated words, Lucene's special characters dropped, at most 12. */
export function fuzzyTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(SPECIAL, ''))
    .filter((term) => term.length > 0)
    .slice(0, 12);
}

/** The full-text (Lucene) query: every term required, the long ones within one edit; safely escaped (no special character is left). */
export function fuzzyNameQuery(text: string): string {
  return fuzzyTerms(text)
    .map((term) => (term.length >= FUZZY_MIN_LENGTH ? `${term}~1` : term))
    .join(' AND ');
}
