/**
 * Sentence splitting over tokens (not characters), inside each section, so headers never
 * join two sentences. Rules, in the order they are checked for a '.', '!' or '?':
 *  - a blank line always ends a sentence; a single newline does not (reports are
 *    hard-wrapped mid-sentence) unless the next line starts a list item or a bullet;
 *  - "1." / "2)" at a line start, after a sentence end, or continuing the running list
 *    count, starts a new item and its '.' is not an end;
 *  - '.' after a known abbreviation ("Dr.", "approx.", "vs.", "e.g.") or followed by a
 *    lowercase word on the same line is not an end ("e.g. small", "3.5 cm. Small effusion"
 *    does end: a capital follows);
 *  - decimals never reach here: "3.5" is one token.
 */
import abbrevData from '../rules/abbreviations.json';
import { blankLineBetween, newlineBetween } from './tokenize';
import type { Section, Sentence, Token } from './extraction.types';

const ABBREV: ReadonlySet<string> = new Set(abbrevData.abbreviations);
const LIST_MAX = abbrevData.listMaxNumber;

function isListMarker(text: string, tokens: readonly Token[], i: number, atItemStart: boolean, expected: number): boolean {
  const t = tokens[i];
  const p = tokens[i + 1];
  if (!t || !p || t.kind !== 'number' || !/^\d+$/.test(t.text)) return false;
  if (p.text !== '.' && p.text !== ')') return false;
  const n = Number(t.text);
  if (n < 1 || n > LIST_MAX) return false;
  const prev = tokens[i - 1];
  const lineStart = prev === undefined || newlineBetween(text, prev.end, t.start);
  return lineStart || atItemStart || n === expected;
}

function periodIsEnd(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "?pneumonia": a question mark glued to the next word is a hedge, not an end.
  if (t.text === '?') return !(next && next.start === t.end && next.kind === 'word');
  if (t.text !== '.') return true;
  // Known abbreviations never end a sentence unless a blank line or the text end follows.
  if (prev && prev.end === t.start && prev.kind === 'word' && ABBREV.has(prev.lower)) {
    return !next || blankLineBetween(text, t.end, next.start);
  }
  if (next && next.kind === 'word' && /^[a-z]/.test(next.text) && !newlineBetween(text, t.end, next.start)) return false;
  return true;
}

export function splitSentences(text: string, tokens: readonly Token[], sections: readonly Section[]): Sentence[] {
  const out: Sentence[] = [];
  let i = 0;
  for (const sec of sections) {
    while (i < tokens.length && tokens[i].start < sec.start) i++;
    let begin = i;
    let expected = 1;
    let atItemStart = true;
    const close = (endIdx: number): void => {
      if (endIdx > begin) {
        const a = tokens[begin];
        const b = tokens[endIdx - 1];
        out.push({ start: a.start, end: b.end, tokenStart: begin, tokenEnd: endIdx, section: sec.name });
      }
      begin = endIdx;
      atItemStart = true;
    };
    for (; i < tokens.length && tokens[i].start < sec.end; i++) {
      const t = tokens[i];
      const prev = tokens[i - 1];
      if (i > begin && prev && blankLineBetween(text, prev.end, t.start)) close(i);
      else if (i > begin && prev && newlineBetween(text, prev.end, t.start) && /^[-*\u2022]$/.test(t.text)) close(i);
      if (isListMarker(text, tokens, i, atItemStart && i === begin, expected)) {
        if (i > begin) close(i);
        expected = Number(t.text) + 1;
        i++; // the marker ("1" and its '.' or ')') belongs to no sentence
        begin = i + 1;
        atItemStart = false;
        continue;
      }
      atItemStart = false;
      if ((t.text === '.' || t.text === '!' || t.text === '?') && periodIsEnd(text, tokens, i)) close(i + 1);
    }
    close(i);
  }
  return out;
}
