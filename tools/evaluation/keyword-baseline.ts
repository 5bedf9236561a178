/**
 * The keyword labelling baseline of `npm run eval` (issue 10's yardstick): a small list of
 * keywords per gold name and a fixed negation window, nothing learned and nothing from the
 * ontology. Pure; the list is data (keyword-baseline.json) and documented in
 * docs/evaluation.md. Names without keywords are never predicted.
 */
import defaultList from './keyword-baseline.json';

export interface KeywordList {
  windowChars: number;
  negations: string[];
  keywords: Record<string, string[]>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A keyword as a regex: word start, spaces as any whitespace, a trailing '*' as a word-character prefix. */
function keywordPattern(keyword: string): string {
  const prefix = keyword.endsWith('*');
  const body = escape(prefix ? keyword.slice(0, -1) : keyword).replace(/\s+/g, '\\s+');
  return `\\b${body}${prefix ? '\\w*' : '\\b'}`;
}

export class KeywordLabeller {
  private readonly patterns: Map<string, RegExp>;
  private readonly negation: RegExp;

  constructor(private readonly list: KeywordList = defaultList) {
    this.patterns = new Map(
      Object.entries(list.keywords).map(([name, words]) => [name, new RegExp(words.map(keywordPattern).join('|'), 'gi')]),
    );
    this.negation = new RegExp(`\\b(?:${list.negations.map((n) => escape(n).replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
  }

  /** Gold names with a keyword list. */
  get names(): string[] {
    return [...this.patterns.keys()];
  }

  /** The names (among `names`) with at least one non-negated keyword hit in `text`. */
  labels(text: string, names: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const name of names) {
      const pattern = this.patterns.get(name);
      if (!pattern) continue;
      for (const hit of text.matchAll(pattern)) {
        if (!this.negated(text, hit.index ?? 0)) {
          out.add(name);
          break;
        }
      }
    }
    return out;
  }

  /** A negation cue within `windowChars` before `at`, not across a sentence end. */
  private negated(text: string, at: number): boolean {
    const window = text.slice(Math.max(0, at - this.list.windowChars), at);
    const sentence = window.split(/[.!?;\n]/).pop() ?? '';
    return this.negation.test(sentence);
  }
}

export const KEYWORD_BASELINE = 'keyword list, 60-character negation window (tools/evaluation/keyword-baseline.json)';
