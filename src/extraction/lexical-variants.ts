/**
 * Lexical variants of a report word (after UMLS lvg / MetaMap): its inflectional lemmas
 * from the wink-lemmatizer library, derivations by suffix rules it cannot do
 * (-otic -> -osis, -atous -> -a, -ified -> -ification ...) and direction prefixes stripped
 * (levo-, dextro-). Rules are data (rules/lexical-variants.json), validated when loaded.
 * Generation is over-inclusive on purpose: the dictionary keeps only variants that are its
 * own words, so a rule can never invent a concept.
 */
import lemmatizer from 'wink-lemmatizer';
import defaultRules from './rules/lexical-variants.json';

export interface SuffixRule { id: string; from: string; to: string[]; minStem: number; examples: [string, string][] }
export interface PrefixRule { id: string; from: string[]; minStem: number; examples: [string, string][]; split?: boolean }
export interface VariantRules { suffixes: SuffixRule[]; prefixes: PrefixRule[] }

export class VariantRuleError extends Error {}

const SUFFIX_KEYS = ['id', 'from', 'to', 'minStem', 'examples'];
const PREFIX_KEYS = ['id', 'from', 'minStem', 'examples', 'split'];
const isWord = (s: unknown): s is string => typeof s === 'string' && /^[a-z]*$/.test(s);
const isWords = (s: unknown): s is string => typeof s === 'string' && /^[a-z]+( [a-z]+)?$/.test(s);

function checkRule(raw: unknown, keys: string[], where: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new VariantRuleError(`${where}: expected an object`);
  const rec = raw as Record<string, unknown>;
  const id = typeof rec.id === 'string' && rec.id !== '' ? rec.id : null;
  const name = id ? `${where} ("${id}")` : where;
  for (const k of Object.keys(rec)) if (!keys.includes(k)) throw new VariantRuleError(`${name}: unknown key "${k}" (allowed: ${keys.join(', ')})`);
  if (!id) throw new VariantRuleError(`${where}: "id" must be a non-empty string`);
  if (!Number.isInteger(rec.minStem) || (rec.minStem as number) < 1) throw new VariantRuleError(`${name}: "minStem" must be a positive integer`);
  const examples = rec.examples;
  if (!Array.isArray(examples) || examples.length === 0 || !examples.every((e) => Array.isArray(e) && e.length === 2 && isWord(e[0]) && isWords(e[1]))) {
    throw new VariantRuleError(`${name}: "examples" must be a non-empty list of [word, variant] pairs of lowercase words (a split variant: two words)`);
  }
  return rec;
}

export function loadVariantRules(raw: unknown): VariantRules {
  if (typeof raw !== 'object' || raw === null) throw new VariantRuleError('lexical variant rules: expected an object');
  const { suffixes, prefixes } = raw as Record<string, unknown>;
  if (!Array.isArray(suffixes) || !Array.isArray(prefixes)) throw new VariantRuleError('lexical variant rules: "suffixes" and "prefixes" must be arrays');
  return {
    suffixes: suffixes.map((r, i) => {
      const rec = checkRule(r, SUFFIX_KEYS, `suffix rule #${i}`);
      if (!isWord(rec.from) || rec.from === '' || !Array.isArray(rec.to) || rec.to.length === 0 || !rec.to.every(isWord)) {
        throw new VariantRuleError(`suffix rule #${i} ("${String(rec.id)}"): "from" must be a lowercase suffix and "to" a non-empty list of lowercase suffixes`);
      }
      return rec as unknown as SuffixRule;
    }),
    prefixes: prefixes.map((r, i) => {
      const rec = checkRule(r, PREFIX_KEYS, `prefix rule #${i}`);
      if (!Array.isArray(rec.from) || rec.from.length === 0 || !rec.from.every((p) => isWord(p) && p !== '')) {
        throw new VariantRuleError(`prefix rule #${i} ("${String(rec.id)}"): "from" must be a non-empty list of lowercase prefixes`);
      }
      if (rec.split !== undefined && typeof rec.split !== 'boolean') throw new VariantRuleError(`prefix rule #${i} ("${String(rec.id)}"): "split" must be true or false`);
      return rec as unknown as PrefixRule;
    }),
  };
}

export const DEFAULT_VARIANT_RULES = loadVariantRules(defaultRules);

function lemmas(word: string): string[] {
  return [lemmatizer.noun(word), lemmatizer.verb(word), lemmatizer.adjective(word)];
}

function derivations(word: string, rules: readonly SuffixRule[]): string[] {
  const out: string[] = [];
  for (const r of rules) {
    if (!word.endsWith(r.from) || word.length - r.from.length < r.minStem) continue;
    const stem = word.slice(0, -r.from.length);
    for (const to of r.to) out.push(stem + to);
  }
  return out;
}

/**
 * Candidate forms of a lowercase word, the word itself excluded, in order of preference:
 * lemmas, derivations of the word and of its lemmas, then for a word with a direction
 * prefix: the compound split in two when the rule says so ("dextrocurvature" -> "dextro
 * curvature": the prefix keeps its meaning, lateral), the bare stem and its forms.
 */
export function variantCandidates(word: string, rules: VariantRules = DEFAULT_VARIANT_RULES): string[] {
  const forms = (w: string): string[] => {
    const ls = lemmas(w);
    return [...ls, ...[w, ...ls].flatMap((x) => derivations(x, rules.suffixes))];
  };
  const out = forms(word);
  for (const p of rules.prefixes) {
    for (const prefix of p.from) {
      if (!word.startsWith(prefix) || word.length - prefix.length < p.minStem) continue;
      const stem = word.slice(prefix.length);
      if (p.split) out.push(`${prefix} ${stem}`);
      out.push(stem, ...forms(stem));
    }
  }
  return [...new Set(out)].filter((w) => w !== word && w.length > 1);
}
