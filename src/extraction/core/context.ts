/**
 * ConText / NegEx assertion. Per sentence: find triggers (longest match, never overlapping
 * a concept mention other than a normal statement; a de-identification mask inside a
 * trigger stands for one of its words: "most XXXX representing"), give each a scope, then assert each mention from the triggers whose
 * scope contains its first token.
 *
 * Scope (no fixed window, so "No A, B, C, ... or K." negates all eleven):
 *  - FORWARD runs from the trigger to the sentence end, and stops early at a TERMINATE
 *    trigger, at any trigger of another category (PSEUDO included: "no A and no change in
 *    B"), or — once a mention has been passed — at a new clause: a clause verb ("No
 *    effusion is seen, ...") or "and"/"," followed by a clause starter ("..., and the heart").
 *  - BACKWARD runs back to the sentence start with the mirror stops; clause verbs right
 *    before the trigger ("effusion IS not seen") belong to it and are skipped.
 *  - BIDIRECTIONAL is both, except right after a comma, where it is FORWARD only
 *    ("Left lower lobe opacity, likely atelectasis": the opacity is present).
 * Precedence on one mention: POSSIBLE_EXISTENCE wins (a hedge over a negation is still a
 * hedge: "cannot exclude a small effusion"), then NEGATED_EXISTENCE / HISTORICAL_RESOLVED
 * give ABSENT; otherwise PRESENT. Because different categories cut each other's scope,
 * "no ... but possible ..." and "possible A, no B" split cleanly.
 */
import scopeData from '../rules/scope.json';
import { buildRuleTrie, type ContextRule, type RuleTrieNode } from './context-rules';
import type { Assertion } from '../../shared/core/assertion';
import type { Doc, Target, Token } from './extraction.types';

export interface Trigger {
  /** Token indices [start, end). */
  start: number;
  end: number;
  rule: ContextRule;
}

const VERBS: ReadonlySet<string> = new Set(scopeData.clauseVerbs);
const JOINERS: ReadonlySet<string> = new Set(scopeData.clauseJoiners);
const STARTERS: ReadonlySet<string> = new Set(scopeData.clauseStarters);

function clauseJoinAt(tokens: readonly Token[], k: number): boolean {
  return JOINERS.has(tokens[k].lower) && STARTERS.has(tokens[k + 1]?.lower ?? '');
}

export class ConText {
  private readonly trie: RuleTrieNode;

  constructor(readonly rules: readonly ContextRule[]) {
    this.trie = buildRuleTrie(rules);
  }

  findTriggers(tokens: readonly Token[], from: number, to: number, inTarget: (i: number) => boolean): Trigger[] {
    const out: Trigger[] = [];
    for (let i = from; i < to;) {
      const best = inTarget(i) || tokens[i].kind === 'deid' ? null : this.longestAt(tokens, i, to, inTarget);
      if (!best) {
        i++;
        continue;
      }
      for (const rule of best.rules) out.push({ start: i, end: best.end, rule });
      i = best.end;
    }
    return out;
  }

  /**
   * Longest trigger starting at token i. A de-identification mask after the first word
   * stands for exactly one word of the trigger ("most XXXX" = "most likely"); a trigger
   * always starts on a real word.
   */
  private longestAt(
    tokens: readonly Token[],
    i: number,
    to: number,
    inTarget: (i: number) => boolean,
  ): { end: number; rules: ContextRule[] } | null {
    let best: { end: number; rules: ContextRule[] } | null = null;
    const stack: { node: RuleTrieNode; j: number }[] = [{ node: this.trie, j: i }];
    while (stack.length > 0) {
      const { node, j } = stack.pop() as { node: RuleTrieNode; j: number };
      if (j >= to || inTarget(j)) continue;
      const token = tokens[j];
      if (token.kind === 'deid') {
        for (const child of node.next.values()) {
          if (child.rules.length > 0 && (!best || j + 1 > best.end)) best = { end: j + 1, rules: child.rules };
          stack.push({ node: child, j: j + 1 });
        }
        continue;
      }
      const child = node.next.get(token.lower);
      if (!child) continue;
      if (child.rules.length > 0 && (!best || j + 1 > best.end)) best = { end: j + 1, rules: child.rules };
      stack.push({ node: child, j: j + 1 });
    }
    return best;
  }

  /** Scope [start, end) in token indices, or null for PSEUDO / TERMINATE. */
  scopeOf(
    t: Trigger,
    all: readonly Trigger[],
    tokens: readonly Token[],
    from: number,
    to: number,
    isTargetStart: (i: number) => boolean,
  ): [number, number] | null {
    const dir = t.rule.direction;
    if (dir === 'PSEUDO' || dir === 'TERMINATE') return null;
    const cuts = (o: Trigger): boolean => o !== t && (o.rule.category === 'TERMINATE' || o.rule.category !== t.rule.category);
    let start = t.start;
    let end = t.end;
    if (dir === 'FORWARD' || dir === 'BIDIRECTIONAL') {
      end = to;
      for (const o of all) if (o.start >= t.end && o.start < end && cuts(o)) end = o.start;
      let seen = false;
      for (let k = t.end; k < end; k++) {
        if (seen && (VERBS.has(tokens[k].lower) || clauseJoinAt(tokens, k))) {
          end = k;
          break;
        }
        if (isTargetStart(k)) seen = true;
      }
    }
    // "Opacity, likely atelectasis": after a comma a two-way hedge qualifies what follows only.
    const appositive = dir === 'BIDIRECTIONAL' && tokens[t.start - 1]?.text === ',';
    if ((dir === 'BACKWARD' || dir === 'BIDIRECTIONAL') && !appositive) {
      start = from;
      for (const o of all) if (o.end <= t.start && o.end > start && cuts(o)) start = o.end;
      let k = t.start - 1;
      while (k >= start && VERBS.has(tokens[k].lower)) k--;
      for (; k >= start; k--) {
        if (VERBS.has(tokens[k].lower) || clauseJoinAt(tokens, k)) {
          start = k + 1;
          break;
        }
      }
    }
    return [start, end];
  }

  /** Assert every target of the document in place. */
  apply(doc: Doc): Doc {
    const bySentence = new Map<number, Target[]>();
    for (const t of doc.targets) {
      const list = bySentence.get(t.sentence);
      if (list) list.push(t);
      else bySentence.set(t.sentence, [t]);
    }
    for (const [si, targets] of bySentence) {
      const s = doc.sentences[si];
      if (!s) continue;
      const covered = new Uint8Array(s.tokenEnd - s.tokenStart);
      const starts = new Uint8Array(s.tokenEnd - s.tokenStart);
      for (const t of targets) {
        starts[t.tokenStart - s.tokenStart] = 1;
        // A normal statement's words may hold a trigger: "lungs are clear of effusion".
        if (!t.normal) for (let k = t.tokenStart; k < t.tokenEnd; k++) covered[k - s.tokenStart] = 1;
      }
      const inTarget = (i: number): boolean => covered[i - s.tokenStart] === 1;
      const isStart = (i: number): boolean => starts[i - s.tokenStart] === 1;
      const triggers = this.findTriggers(doc.tokens, s.tokenStart, s.tokenEnd, inTarget);
      if (triggers.length === 0) continue;
      const scoped = triggers.map((t) => ({ t, scope: this.scopeOf(t, triggers, doc.tokens, s.tokenStart, s.tokenEnd, isStart) }));
      for (const target of targets) {
        let possible = false;
        let absent = false;
        for (const { t, scope } of scoped) {
          if (!scope || target.tokenStart < scope[0] || target.tokenStart >= scope[1]) continue;
          if (t.rule.findingsOnly && target.category !== 'OBS') continue;
          if (t.rule.category === 'POSSIBLE_EXISTENCE') possible = true;
          else absent = true;
        }
        const assertion: Assertion = possible ? 'UNCERTAIN' : absent ? 'ABSENT' : 'PRESENT';
        // No trigger in scope: keep what the target came with (PRESENT, or a tagger's assertion).
        if (assertion !== 'PRESENT') target.assertion = assertion;
      }
    }
    return doc;
  }
}
