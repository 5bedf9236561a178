// porter-stemmer ships no types; the one function used (Martin Porter's original algorithm, as Lucene's PorterStemFilter).
declare module 'porter-stemmer' {
  export function stemmer(word: string): string;
}
