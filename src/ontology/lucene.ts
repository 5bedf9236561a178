/** Builds the full-text (Lucene) query for fuzzy concept search from user text, safely escaped. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function fuzzyNameQuery(text: string): string {
  const terms = text
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(SPECIAL, ''))
    .filter((term) => term.length > 0)
    .slice(0, 12);
  // Short words are matched exactly: an edit distance of 1 on "rll" matches too much.
  return terms.map((term) => (term.length >= 4 ? `${term}~1` : term)).join(' AND ');
}
