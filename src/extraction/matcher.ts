/**
 * Longest-match dictionary lookup over a token range. Tokens become "units" (normalised
 * words and numbers); hyphens between attached words are transparent, other punctuation
 * and de-identification placeholders are barriers a term cannot cross. From each unit the
 * trie is walked along three kinds of edge: the exact word, the hyphen-joined pair
 * ("ground-glass" -> "groundglass"), lexical variants ("atelectatic" -> "atelectasis",
 * confidence VARIANT_CONFIDENCE, so an exact match of the same length wins) and — only for
 * out-of-vocabulary words without a variant — the fuzzy neighbour, whose score becomes the
 * match confidence (the minimum over its words). Inside a term of two or more words, modifier
 * words may be skipped (gapped matching, rules/gapped-terms.json): "calcified right lower
 * lobe granuloma" is one "calcified granuloma" mention, not a calcification and a granuloma.
 * A variant may be two words ("dextrocurvature" -> "dextro curvature"), walked in turn.
 */
import type { Dictionary, Entry, TrieNode } from './dictionary';
import { normWord } from './normalize';
import gapRules from './rules/gapped-terms.json';
import modifierLexicon from './rules/modifiers.json';
import { hyphenJoined } from './tokenize';
import type { Category, Token } from './types';

export interface DictMatch {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  entry: Entry;
  confidence: number;
}

/** Confidence of a match through a lexical variant: below an exact match, above most fuzzy ones. */
export const VARIANT_CONFIDENCE = 0.95;

const MAX_GAP = gapRules.maxGap;
const GAP_WORDS: ReadonlySet<string> = new Set(
  [...gapRules.gapWords, ...Object.keys(modifierLexicon.words), ...Object.keys(modifierLexicon.phrases).flatMap((p) => p.split(' ')), ...modifierLexicon.sizeUnits].map(normWord),
);

interface Unit {
  token: number;
  norm: string;
  raw: string;
  joinedNorm?: string;
  variants: readonly string[];
  fuzzy?: { word: string; score: number } | null;
  barrierAfter: boolean;
  /** A modifier word or number that a multi-word term may skip. */
  gap: boolean;
}

function toUnits(dict: Dictionary, tokens: readonly Token[], from: number, to: number): Unit[] {
  const units: Unit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') {
      const norm = normWord(t.text);
      const variants = t.kind === 'word' ? dict.variantsOf(norm) : [];
      const unit: Unit = { token: i, norm, raw: t.text, variants, barrierAfter: false, gap: t.kind === 'number' || GAP_WORDS.has(norm) };
      if (t.kind === 'word' && i + 2 < to && hyphenJoined(tokens, i)) unit.joinedNorm = normWord(t.text + (tokens[i + 2] as Token).text);
      if (t.kind === 'word' && variants.length === 0) unit.fuzzy = dict.nearMiss(t.text, norm);
      units.push(unit);
    } else if (!(t.text === '-' && i > from && hyphenJoined(tokens, i - 1))) {
      const last = units[units.length - 1];
      if (last) last.barrierAfter = true;
    }
  }
  return units;
}

function pickEntry(entries: readonly Entry[] | undefined, single: Unit | null, category?: Category): Entry | null {
  if (!entries) return null;
  for (const e of entries) {
    if (category && e.category !== category) continue;
    if (e.caseSensitive) {
      if (!single) continue;
      const r = single.raw;
      if (r !== e.caseSensitive && r !== `${e.caseSensitive}s`) continue;
    }
    return e;
  }
  return null;
}

/** `matched`: units of the report that are words of the term (its span less the gaps). */
interface Best { endUnit: number; entry: Entry; score: number; matched: number; gaps: number }

/** Most term words first (so a gap never beats a longer contiguous term), then fewer gaps, then confidence. */
function better(c: Best, best: Best | null): boolean {
  if (!best) return true;
  return c.matched > best.matched || (c.matched === best.matched && (c.gaps < best.gaps || (c.gaps === best.gaps && c.score > best.score)));
}

/** The trie node reached by a key of one or more space-separated words. */
function descend(level: Map<string, TrieNode>, key: string): TrieNode | undefined {
  if (!key.includes(' ')) return level.get(key);
  const words = key.split(' ');
  let node = level.get(words[0] as string);
  for (let k = 1; k < words.length && node; k++) node = node.next?.get(words[k] as string);
  return node;
}

function walk(dict: Dictionary, units: readonly Unit[], i: number, category?: Category): Best | null {
  let best: Best | null = null;
  // Depth-first over (trie level, next unit, score so far); branches are rare and short.
  interface State { level: Map<string, TrieNode>; j: number; score: number; gaps: number }
  const stack: State[] = [{ level: dict.root, j: i, score: 1, gaps: 0 }];
  while (stack.length > 0) {
    const { level, j, score, gaps } = stack.pop() as State;
    const u = units[j];
    if (!u) continue;
    // Skip a modifier word inside a term: only after its first word, never across a barrier.
    if (level !== dict.root && u.gap && gaps < MAX_GAP && !u.barrierAfter) stack.push({ level, j: j + 1, score, gaps: gaps + 1 });
    const steps: { key: string; next: number; score: number }[] = [{ key: u.norm, next: j + 1, score }];
    if (u.joinedNorm) steps.push({ key: u.joinedNorm, next: j + 2, score });
    for (const v of u.variants) steps.push({ key: v, next: j + 1, score: Math.min(score, VARIANT_CONFIDENCE) });
    if (u.fuzzy) steps.push({ key: u.fuzzy.word, next: j + 1, score: Math.min(score, u.fuzzy.score) });
    for (const s of steps) {
      const node = descend(level, s.key);
      if (!node) continue;
      const lastUnit = s.next - 1;
      const single = s.next - i === 1 && gaps === 0 && !s.key.includes(' ') ? u : null;
      const entry = pickEntry(node.entries, single, category);
      const alone = single !== null && dict.neverAlone.has(u.norm);
      const candidate = entry && !alone ? { endUnit: lastUnit, entry, score: s.score, matched: lastUnit - i + 1 - gaps, gaps } : null;
      if (candidate && better(candidate, best)) best = candidate;
      if (node.next && !(units[lastUnit] as Unit).barrierAfter) stack.push({ level: node.next, j: s.next, score: s.score, gaps });
    }
  }
  return best;
}

/** Greedy left-to-right, longest match first; matches never overlap. */
export function matchTokens(dict: Dictionary, tokens: readonly Token[], from: number, to: number, category?: Category): DictMatch[] {
  const units = toUnits(dict, tokens, from, to);
  const out: DictMatch[] = [];
  for (let i = 0; i < units.length; ) {
    const best = walk(dict, units, i, category);
    if (!best) { i++; continue; }
    const first = (units[i] as Unit).token;
    const lastUnit = units[best.endUnit] as Unit;
    const lastToken = lastUnit.token;
    const ft = tokens[first] as Token;
    const lt = tokens[lastToken] as Token;
    out.push({ tokenStart: first, tokenEnd: lastToken + 1, start: ft.start, end: lt.end, entry: best.entry, confidence: best.score });
    i = best.endUnit + 1;
  }
  return out;
}
