/**
 * Lexicon (gazetteer) marks for the tagger's features: each token gets its BIO position
 * inside the longest lexicon term that matches there (greedy, left to right; words compared
 * lower-cased, split by the tagger's own tokenizer), so a model trained with a lexicon
 * featurizes text the same way at inference — the terms travel in the hashing config.
 */
import { tokenize, type Token } from './tokens';

export type LexiconMark = 'B' | 'I' | null;

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  terminal: boolean;
}

const node = (): TrieNode => ({ next: new Map(), terminal: false });

/** Terms → a word trie. Built once per terms array (models and configs keep theirs). */
const tries = new WeakMap<readonly string[], TrieNode>();

export function lexiconTrie(terms: readonly string[]): TrieNode {
  const cached = tries.get(terms);
  if (cached !== undefined) return cached;
  const root = node();
  for (const term of terms) {
    const words = tokenize(term).map((t) => t.text.toLowerCase());
    if (words.length === 0) continue;
    let at = root;
    for (const w of words) {
      let child = at.next.get(w);
      if (child === undefined) at.next.set(w, (child = node()));
      at = child;
    }
    at.terminal = true;
  }
  tries.set(terms, root);
  return root;
}

/** Per token: 'B' / 'I' inside the longest match starting at the first unmatched token, else null. */
export function lexiconMarks(tokens: readonly Token[], terms: readonly string[]): LexiconMark[] {
  const root = lexiconTrie(terms);
  const marks: LexiconMark[] = new Array<LexiconMark>(tokens.length).fill(null);
  let i = 0;
  while (i < tokens.length) {
    let at: TrieNode | undefined = root;
    let longest = 0;
    for (let j = i; j < tokens.length; j++) {
      at = at.next.get(tokens[j].text.toLowerCase());
      if (at === undefined) break;
      if (at.terminal) longest = j - i + 1;
    }
    if (longest === 0) {
      i++;
      continue;
    }
    marks[i] = 'B';
    for (let j = i + 1; j < i + longest; j++) marks[j] = 'I';
    i += longest;
  }
  return marks;
}
