/**
 * Predicative findings. Radiologists write "The heart is enlarged", "The aorta is
 * tortuous", "Lungs are hyperinflated": the finding is an adjective after the anatomy.
 * Linking "<adjective> <anatomy>" (the method's anatomy-prepended link) finds the concept
 * ("enlarged heart" → cardiomegaly); the mention spans the adjective, and ConText then
 * asserts it like any other ("The heart is not enlarged" → absent).
 * Size adjectives (rules/predicates.json) are read as their canonical form ("The heart is
 * large", "heart is borderline in size" → "enlarged heart") and also link before
 * "<anatomy> size" ("borderline heart size").
 */
import type { Dictionary } from './dictionary';
import { linkSpan } from './merge';
import { emptyModifiers } from './modifiers';
import rules from './rules/predicates.json';
import type { Doc, Sentence, Target, Token } from './types';

const BRIDGES = new Set(rules.bridges);
const COPULAS = new Set(rules.copulas);
const DEGREES = new Set(rules.degrees);
const SIZE_NOUNS = new Set(rules.sizeNouns);
const SIZE_ADJECTIVES = new Map(Object.entries(rules.sizeAdjectives));

/** Candidate adjective tokens after an anatomy mention, best first (empty when none). */
function adjectivesAfter(tokens: Token[], from: number, sentenceEnd: number): number[] {
  let i = from;
  while (i < sentenceEnd && BRIDGES.has(tokens[i].lower) && i - from < 2) i++;
  const bridged = i > from;
  // After an attribute noun, telegraphic style drops the copula or the mask hides it.
  if (i < sentenceEnd && (COPULAS.has(tokens[i].lower) || (bridged && tokens[i].kind === 'deid'))) i++;
  else if (!bridged) return [];
  const degrees: number[] = [];
  while (i < sentenceEnd && DEGREES.has(tokens[i].lower)) degrees.push(i++);
  const out = i < sentenceEnd && tokens[i].kind === 'word' ? [i] : [];
  // "borderline" is both a degree ("borderline enlarged") and, alone, the size itself.
  return [...out, ...degrees.reverse().filter((k) => SIZE_ADJECTIVES.has(tokens[k].lower))];
}

/** A size adjective right before "<anatomy> size" ("borderline heart size"), or -1. */
function sizeAdjectiveBefore(tokens: Token[], anatomy: Target, sentence: Sentence): number {
  const before = anatomy.tokenStart - 1;
  const after = tokens[anatomy.tokenEnd];
  if (before < sentence.tokenStart || anatomy.tokenEnd >= sentence.tokenEnd || !SIZE_NOUNS.has(after.lower)) return -1;
  return SIZE_ADJECTIVES.has(tokens[before].lower) ? before : -1;
}

function predicateTarget(doc: Doc, dictionary: Dictionary, anatomy: Target, at: number): Target | null {
  const sentence = doc.sentences[anatomy.sentence];
  const adjective = doc.tokens[at];
  const word = SIZE_ADJECTIVES.get(adjective.lower) ?? adjective.text;
  const names = [doc.text.slice(anatomy.start, anatomy.end), dictionary.names.get(anatomy.conceptId) ?? ''];
  for (const name of names.filter(Boolean)) {
    const phrase = `${word} ${name}`;
    const link = linkSpan(dictionary, phrase, 'OBS');
    if (!link || link.confidence < 1 || link.start !== 0 || link.end !== phrase.length) continue;
    return {
      start: adjective.start, end: adjective.end, text: adjective.text, conceptId: link.conceptId,
      category: 'OBS', assertion: 'PRESENT', section: sentence.section, source: 'RULES', confidence: 1,
      modifiers: [], modifierDetail: emptyModifiers(), countsAsFinding: true,
      tokenStart: at, tokenEnd: at + 1, sentence: anatomy.sentence, semanticTypes: link.semanticTypes,
      ...(link.conceptName ? { conceptName: link.conceptName } : {}),
    };
  }
  return null;
}

export function linkPredicates(doc: Doc, dictionary: Dictionary, countsAsFinding: (t: Target) => boolean): Doc {
  const added: Target[] = [];
  const taken = (at: number): boolean => [...doc.targets, ...added].some((t) => t.tokenStart <= at && at < t.tokenEnd);
  for (const anatomy of doc.targets) {
    if (anatomy.category !== 'ANAT') continue;
    const sentence = doc.sentences[anatomy.sentence];
    const candidates = [...adjectivesAfter(doc.tokens, anatomy.tokenEnd, sentence.tokenEnd), sizeAdjectiveBefore(doc.tokens, anatomy, sentence)];
    for (const at of candidates) {
      if (at < 0 || taken(at)) continue;
      const target = predicateTarget(doc, dictionary, anatomy, at);
      if (!target) continue;
      target.countsAsFinding = countsAsFinding(target);
      added.push(target);
      break;
    }
  }
  if (added.length === 0) return doc;
  return { ...doc, targets: [...doc.targets, ...added].sort((a, b) => a.start - b.start || b.end - a.end) };
}
