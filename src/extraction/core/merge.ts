/**
 * Merging dictionary mentions with spans from a learned tagger. The rule, in order:
 *  1. Same span (same start and end): one mention; the dictionary's concept is kept, the
 *     confidence is the higher of the two and the source names both ("RULES+tagger").
 *  2. Overlapping spans: the longer span wins, then the higher confidence, then the
 *     dictionary; the loser is dropped.
 *  3. Tagger-only spans keep the tagger's concept if it gave one, otherwise they are linked
 *     through the dictionary (exact, then fuzzy) on their surface text with `linkSpan`;
 *     spans that link to nothing are dropped. They are then asserted by ConText exactly
 *     like dictionary mentions; a tagger's own assertion is used only where ConText finds
 *     no trigger in scope.
 */
import { emptyModifiers } from './modifiers';
import { matchTokens } from './matcher';
import type { Dictionary } from './dictionary';
import { tokenize } from './tokenize';
import type { Category, Doc, TaggerSpan, Target, Token } from './extraction.types';

export interface LinkResult {
  conceptId: string;
  conceptName?: string;
  category: Category;
  semanticTypes: string[];
  confidence: number;
  /** Offsets, inside the given text, of the words that matched. */
  start: number;
  end: number;
}

/** Link free text (e.g. a tagger span) to the concept covering most of it. */
export function linkSpan(dict: Dictionary, text: string, category?: Category): LinkResult | null {
  const tokens = tokenize(text);
  let best: LinkResult | null = null;
  for (const m of matchTokens(dict, tokens, 0, tokens.length, category)) {
    const better =
      !best || m.end - m.start > best.end - best.start || (m.end - m.start === best.end - best.start && m.confidence > best.confidence);
    if (!better) continue;
    best = {
      conceptId: m.entry.conceptId,
      conceptName: dict.names.get(m.entry.conceptId),
      category: m.entry.category,
      semanticTypes: m.entry.semanticTypes,
      confidence: m.confidence,
      start: m.start,
      end: m.end,
    };
  }
  return best;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function spanToTarget(doc: Doc, dict: Dictionary, span: TaggerSpan, countsAsFinding: (t: Target) => boolean): Target | null {
  const toks = doc.tokens;
  let first = toks.findIndex((t: Token) => t.end > span.start);
  if (first < 0 || toks[first].start >= span.end) return null;
  let last = first;
  while (last + 1 < toks.length && toks[last + 1].start < span.end) last++;
  const sentence = doc.sentences.findIndex((s) => first >= s.tokenStart && first < s.tokenEnd);
  if (sentence < 0) return null;
  last = Math.min(last, (doc.sentences[sentence] as { tokenEnd: number }).tokenEnd - 1);
  const text = doc.text.slice(span.start, span.end);
  const link = span.conceptId
    ? { conceptId: span.conceptId, conceptName: dict.names.get(span.conceptId), category: span.category, semanticTypes: [], confidence: 1 }
    : linkSpan(dict, text, span.category);
  if (!link) return null;
  first = Math.max(first, 0);
  const target: Target = {
    start: span.start,
    end: span.end,
    text,
    conceptId: link.conceptId,
    category: span.category,
    assertion: span.assertion ?? 'PRESENT',
    section: (doc.sentences[sentence] as { section: Target['section'] }).section,
    source: span.source,
    confidence: Math.min(span.confidence, link.confidence),
    modifiers: [],
    modifierDetail: emptyModifiers(),
    countsAsFinding: true,
    tokenStart: first,
    tokenEnd: last + 1,
    sentence,
    semanticTypes: link.semanticTypes,
    ...(link.conceptName ? { conceptName: link.conceptName } : {}),
  };
  target.countsAsFinding = countsAsFinding(target);
  return target;
}

/** Pure merge of dictionary targets with tagger spans (already converted to targets). */
function mergeTargets(rules: readonly Target[], tagger: readonly Target[]): Target[] {
  const pool: Target[] = rules.map((r) => ({ ...r }));
  const fromTagger: Target[] = [];
  for (const t of tagger) {
    const same = pool.find((r) => r.start === t.start && r.end === t.end);
    if (same) {
      same.confidence = Math.max(same.confidence, t.confidence);
      same.source = `${same.source}+${t.source}`;
      if (same.assertion === 'PRESENT') same.assertion = t.assertion;
    } else fromTagger.push(t);
  }
  const ranked = [...pool.map((t) => ({ t, rules: 1 })), ...fromTagger.map((t) => ({ t, rules: 0 }))].sort(
    (a, b) => b.t.end - b.t.start - (a.t.end - a.t.start) || b.t.confidence - a.t.confidence || b.rules - a.rules,
  );
  const kept: Target[] = [];
  for (const { t } of ranked) if (!kept.some((k) => overlaps(k, t))) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

/** Pipeline component body: convert the doc's tagger spans, then merge. */
export function mergeTaggerSpans(doc: Doc, dict: Dictionary, countsAsFinding: (t: Target) => boolean): Doc {
  if (doc.taggerSpans.length === 0) return doc;
  const tagger = doc.taggerSpans.map((s) => spanToTarget(doc, dict, s, countsAsFinding)).filter((t): t is Target => t !== null);
  doc.targets = mergeTargets(doc.targets, tagger);
  return doc;
}
