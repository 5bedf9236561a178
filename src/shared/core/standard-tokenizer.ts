/**
 * Lucene's StandardTokenizer (Unicode word breaks, UAX #29) as far as report text and concept
 * names need it: letters, digits and underscores run together (underscores alone make no
 * token); "." "'" "’" ":" join two letters ("e.g", "don't"); "." "," ";" "'" join two digits
 * ("2.5", "1,000"). Scripts with other rules (ideographs, Hebrew quotes) are tokenized as plain
 * runs; a token longer than 255 characters is split as Lucene does. Pure.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=[\p{L}\p{M}])[.'’:](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const MAX_TOKEN_LENGTH = 255;

/** A run of underscores (ExtendNumLet) with no letter or digit is no token ("___" in de-identified text). */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function* standardTokens(text: string): Generator<string> {
  for (const [word] of text.matchAll(WORD)) {
    if (!HAS_WORD_CHARACTER.test(word)) continue;
    for (let at = 0; at < word.length; at += MAX_TOKEN_LENGTH) yield word.slice(at, at + MAX_TOKEN_LENGTH);
  }
}
