/**
 * Predicative findings. Radiologists write "The heart is enlarged", "The aorta is
 * tortuous", "Lungs are hyperinflated": the finding is an adjective after the anatomy.
 * Linking "<adjective> <anatomy>" (the method's anatomy-prepended link) finds the concept
 * ("enlarged heart" → cardiomegaly); the mention spans the adjective, and ConText then
 * asserts it like any other ("The heart is not enlarged" → absent).
 */
import type { Dictionary } from './dictionary';
import { linkSpan } from './merge';
import { emptyModifiers } from './modifiers';
import rules from '../rules/predicates.json';
import type { Doc, Target, Token } from './extraction.types';

const BRIDGES = new Set(rules.bridges);
const COPULAS = new Set(rules.copulas);
const DEGREES = new Set(rules.degrees);

/** Index of the adjective token after an anatomy mention, or -1. */
function adjectiveAfter(tokens: Token[], from: number, sentenceEnd: number): number {
  let i = from;
  while (i < sentenceEnd && BRIDGES.has(tokens[i].lower) && i - from < 2) i++;
  if (i >= sentenceEnd || !COPULAS.has(tokens[i].lower)) return -1;
  i++;
  while (i < sentenceEnd && DEGREES.has(tokens[i].lower)) i++;
  return i < sentenceEnd && tokens[i].kind === 'word' ? i : -1;
}

export function linkPredicates(doc: Doc, dictionary: Dictionary, countsAsFinding: (t: Target) => boolean): Doc {
  const added: Target[] = [];
  for (const anatomy of doc.targets) {
    if (anatomy.category !== 'ANAT') continue;
    const sentence = doc.sentences[anatomy.sentence];
    const at = adjectiveAfter(doc.tokens, anatomy.tokenEnd, sentence.tokenEnd);
    if (at < 0 || doc.targets.some((t) => t.tokenStart <= at && at < t.tokenEnd)) continue;
    const adjective = doc.tokens[at];
    const names = [doc.text.slice(anatomy.start, anatomy.end), dictionary.names.get(anatomy.conceptId) ?? ''];
    for (const name of names.filter(Boolean)) {
      const phrase = `${adjective.text} ${name}`;
      const link = linkSpan(dictionary, phrase, 'OBS');
      if (!link || link.confidence < 1 || link.start !== 0 || link.end !== phrase.length) continue;
      const target: Target = {
        start: adjective.start,
        end: adjective.end,
        text: adjective.text,
        conceptId: link.conceptId,
        category: 'OBS',
        assertion: 'PRESENT',
        section: sentence.section,
        source: 'RULES',
        confidence: 1,
        modifiers: [],
        modifierDetail: emptyModifiers(),
        countsAsFinding: true,
        tokenStart: at,
        tokenEnd: at + 1,
        sentence: anatomy.sentence,
        semanticTypes: link.semanticTypes,
        ...(link.conceptName ? { conceptName: link.conceptName } : {}),
      };
      target.countsAsFinding = countsAsFinding(target);
      added.push(target);
      break;
    }
  }
  if (added.length === 0) return doc;
  return { ...doc, targets: [...doc.targets, ...added].sort((a, b) => a.start - b.start || b.end - a.end) };
}
