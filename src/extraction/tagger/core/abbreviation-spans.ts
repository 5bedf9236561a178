/**
 * A decode-time rule for abbreviations defined in the document, "long form (SF)": the
 * decision the tagger takes on the long form is applied to every occurrence of the short
 * form. Pairs are found with the Schwartz–Hearst algorithm (Schwartz & Hearst 2003, "A
 * simple algorithm for identifying abbreviation definitions in biomedical text"), else
 * by initials in any order (initialsStart), on the tagger's own tokens so training
 * evaluation and ONNX inference share it.
 *
 * Rules: `none` (off); `propagate` — when a span ends at the long form's last word, every
 * occurrence of the short form not already in a span becomes a span with its label;
 * `consistent` — the same, and when the long form ends no span, spans that are exactly an
 * occurrence of the short form are dropped (the document's own definition says it is not
 * an entity).
 */
import type { Token } from './tokens';

export const ABBREVIATION_RULES = ['none', 'propagate', 'consistent'] as const;
export type AbbreviationRule = (typeof ABBREVIATION_RULES)[number];

export interface AbbreviationPair {
  /** long form: tokens [longStart, longEnd) — longEnd is the "(" token */
  readonly longStart: number;
  readonly longEnd: number;
  /** the short form's tokens, as text, in order */
  readonly short: readonly string[];
}

export interface RuleSpan {
  readonly start: number;
  readonly end: number;
  readonly label: number;
  readonly confidence: number;
}

const BOUNDARY = new Set(['.', ';', ':', '!', '?', '(', ')', '[', ']']);
const MAX_SHORT_TOKENS = 3;
const isAlnum = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** The text of tokens [from, to), a single space where the original has a gap, and where each token starts in it. */
function joined(tokens: readonly Token[], from: number, to: number): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (let t = from; t < to; t++) {
    if (t > from && tokens[t].start > tokens[t - 1].end) text += ' ';
    starts.push(text.length);
    text += tokens[t].text;
  }
  return { text, starts };
}

/**
 * Schwartz–Hearst: the shortest suffix of `candidate` (starting at a word) whose characters
 * contain the short form's letters and digits in order, right to left, the short form's first
 * character matching the start of a word. Returns the suffix's start index, or -1.
 */
export function bestLongFormStart(short: string, candidate: string): number {
  let s = short.length - 1;
  let l = candidate.length - 1;
  while (s >= 0) {
    const c = short[s].toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && candidate[l].toLowerCase() !== c) || (s === 0 && l > 0 && isAlnum(candidate[l - 1]))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return candidate.lastIndexOf(' ', l) + 1;
}

/**
 * The fallback for short forms whose letters are not in the long form's order (a form
 * abbreviated from another language: "myotonic dystrophy (DM)" from "dystrophia
 * myotonica"): every letter of the short form is the initial of a word of tokens
 * [from, to), at least two words. Returns the first such word nearest the end, or -1.
 */
export function initialsStart(short: string, tokens: readonly Token[], from: number, to: number): number {
  const letters = [...new Set(short.toLowerCase().replace(/[^\p{L}]/gu, ''))];
  let start = to;
  for (const letter of letters) {
    let t = to - 1;
    while (t >= from && tokens[t].text[0].toLowerCase() !== letter) t--;
    if (t < from) return -1;
    start = Math.min(start, t);
  }
  return to - start >= 2 && letters.length >= 2 ? start : -1;
}

/** Every "long form ( SF )" definition in the tokens, by Schwartz–Hearst's short-form and window rules. */
export function abbreviationPairs(tokens: readonly Token[]): AbbreviationPair[] {
  const pairs: AbbreviationPair[] = [];
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open].text !== '(') continue;
    let close = open + 1;
    while (close < tokens.length && close - open - 1 <= MAX_SHORT_TOKENS && tokens[close].text !== ')') close++;
    if (close >= tokens.length || tokens[close].text !== ')' || close === open + 1 || close - open - 1 > MAX_SHORT_TOKENS) continue;
    const short = joined(tokens, open + 1, close).text;
    // Schwartz–Hearst's short-form tests: 2–10 characters, at least one letter, alphanumeric first.
    if (short.length < 2 || short.length > 10 || !/\p{L}/u.test(short) || !isAlnum(short[0]) || short.includes(' ')) continue;
    // The window: up to min(|SF| + 5, 2|SF|) words before "(", within the sentence.
    const words = Math.min(short.length + 5, 2 * short.length);
    let from = open;
    for (let counted = 0; from > 0 && counted < words && !BOUNDARY.has(tokens[from - 1].text); from--)
      if (isAlnum(tokens[from - 1].text[0])) counted++;
    if (from === open) continue;
    const candidate = joined(tokens, from, open);
    const at = bestLongFormStart(short, candidate.text);
    const inOrder = at >= 0 && candidate.text.length - at > short.length ? from + candidate.starts.findIndex((pos) => pos >= at) : -1;
    const longStart = inOrder >= 0 ? inOrder : initialsStart(short, tokens, from, open);
    if (longStart < 0) continue;
    pairs.push({ longStart, longEnd: open, short: tokens.slice(open + 1, close).map((t) => t.text) });
  }
  return pairs;
}

/** Start indices of the token sequence `short` in `tokens`. */
function occurrences(tokens: readonly Token[], short: readonly string[]): number[] {
  const found: number[] = [];
  for (let t = 0; t + short.length <= tokens.length; t++) if (short.every((w, j) => tokens[t + j].text === w)) found.push(t);
  return found;
}

/** Applies `rule` to decoded token spans; returns them sorted by start. A short form defined twice follows its first definition. */
export function applyAbbreviationRule(tokens: readonly Token[], spans: readonly RuleSpan[], rule: AbbreviationRule): RuleSpan[] {
  if (rule === 'none') return [...spans];
  let out = [...spans];
  const seen = new Set<string>();
  for (const pair of abbreviationPairs(tokens)) {
    const key = pair.short.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const long = out.find((s) => s.end === pair.longEnd);
    const at = occurrences(tokens, pair.short);
    const n = pair.short.length;
    if (long !== undefined) {
      for (const start of at)
        if (!out.some((s) => s.start < start + n && start < s.end))
          out.push({ start, end: start + n, label: long.label, confidence: long.confidence });
    } else if (rule === 'consistent') {
      const exact = new Set(at);
      out = out.filter((s) => !(exact.has(s.start) && s.end === s.start + n));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
