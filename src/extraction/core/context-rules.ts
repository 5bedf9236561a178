/**
 * ConText rules are data (rules/context-rules.json). They are validated when loaded, so a
 * typo in a direction or an extra key fails loudly at start-up, naming the rule, instead
 * of silently disabling a negation. Literals are matched as lowercase token sequences,
 * tokenised exactly like report text ("r/o" -> r / o).
 */
import { tokenize } from './tokenize';

const CONTEXT_CATEGORIES = ['NEGATED_EXISTENCE', 'POSSIBLE_EXISTENCE', 'HISTORICAL_RESOLVED', 'PSEUDO', 'TERMINATE'] as const;
const CONTEXT_DIRECTIONS = ['FORWARD', 'BACKWARD', 'BIDIRECTIONAL', 'TERMINATE', 'PSEUDO'] as const;
type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
type ContextDirection = (typeof CONTEXT_DIRECTIONS)[number];

export interface ContextRule {
  literal: string;
  category: ContextCategory;
  direction: ContextDirection;
  /** Lowercase token texts of the literal. */
  pattern: string[];
  /** Asserts observations only: "heart size within normal limits" says nothing absent about the heart. */
  findingsOnly: boolean;
}

const KEYS = new Set(['literal', 'category', 'direction', 'findingsOnly', 'comment']);

export class ContextRuleError extends Error {}

export function loadContextRules(raw: unknown): ContextRule[] {
  if (!Array.isArray(raw)) throw new ContextRuleError('context rules: expected a JSON array of rules');
  return raw.map((r: unknown, i) => {
    const where = `context rule #${i}`;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new ContextRuleError(`${where}: expected an object`);
    const rec = r as Record<string, unknown>;
    for (const k of Object.keys(rec)) {
      if (!KEYS.has(k))
        throw new ContextRuleError(`${where}: unknown key "${k}" (allowed: literal, category, direction, findingsOnly, comment)`);
    }
    const { literal, category, direction } = rec;
    if (typeof literal !== 'string' || literal.trim() === '') throw new ContextRuleError(`${where}: "literal" must be a non-empty string`);
    if (!CONTEXT_CATEGORIES.includes(category as ContextCategory)) {
      throw new ContextRuleError(
        `${where} ("${literal}"): unknown category "${String(category)}" (expected one of ${CONTEXT_CATEGORIES.join(', ')})`,
      );
    }
    if (!CONTEXT_DIRECTIONS.includes(direction as ContextDirection)) {
      throw new ContextRuleError(
        `${where} ("${literal}"): unknown direction "${String(direction)}" (expected one of ${CONTEXT_DIRECTIONS.join(', ')})`,
      );
    }
    // TERMINATE and PSEUDO are both a category and a direction; they must agree.
    const special = category === 'TERMINATE' || category === 'PSEUDO';
    if (special ? direction !== category : direction === 'TERMINATE' || direction === 'PSEUDO') {
      throw new ContextRuleError(`${where} ("${literal}"): direction ${String(direction)} does not fit category ${String(category)}`);
    }
    if (rec.findingsOnly !== undefined && typeof rec.findingsOnly !== 'boolean')
      throw new ContextRuleError(`${where} ("${literal}"): "findingsOnly" must be a boolean`);
    const pattern = tokenize(literal).map((t) => t.lower);
    return {
      literal,
      category: category as ContextCategory,
      direction: direction as ContextDirection,
      pattern,
      findingsOnly: rec.findingsOnly === true,
    };
  });
}

export interface RuleTrieNode {
  next: Map<string, RuleTrieNode>;
  rules: ContextRule[];
}

export function buildRuleTrie(rules: readonly ContextRule[]): RuleTrieNode {
  const root: RuleTrieNode = { next: new Map(), rules: [] };
  for (const r of rules) {
    let node = root;
    for (const w of r.pattern) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), rules: [] }));
      node = child;
    }
    node.rules.push(r);
  }
  return root;
}

/** Every lowercase word used by a trigger: such words are never fuzzy-matched to concepts. */
export function triggerWords(rules: readonly ContextRule[]): string[] {
  return [...new Set(rules.flatMap((r) => r.pattern).filter((w) => /^[a-z]+$/.test(w)))];
}
