/**
 * The building blocks composers return: a sentence is a list of plain strings and
 * mentions. Mentions know their concept and assertion, so the gold spans fall out of
 * rendering (by construction, never by searching the text afterwards).
 */
import type { Assertion } from '../../src/shared/core/assertion';
import type { SpanLabel } from './corpus.types';

export interface Mention {
  kind: 'mention';
  text: string;
  conceptId: string;
  label: SpanLabel;
  assertion: Assertion;
  typo: boolean;
}

export type Part = string | Mention;
export type Sentence = Part[];

const OBS_LABEL: Record<Assertion, SpanLabel> = { PRESENT: 'OBS-DP', UNCERTAIN: 'OBS-U', ABSENT: 'OBS-DA' };

export function obs(text: string, conceptId: string, assertion: Assertion, typo = false): Mention {
  return { kind: 'mention', text, conceptId, label: OBS_LABEL[assertion], assertion, typo };
}

export function anat(text: string, conceptId: string): Mention {
  return { kind: 'mention', text, conceptId, label: 'ANAT-DP', assertion: 'PRESENT', typo: false };
}

export function isMention(part: Part): part is Mention {
  return typeof part !== 'string';
}

/** Parts joined with single spaces where neither side supplies one (punctuation excepted). */
function phrase(...parts: (Part | Part[] | null | undefined | false)[]): Part[] {
  const flat: Part[] = [];
  for (const part of parts) {
    if (part === null || part === undefined || part === false) continue;
    if (Array.isArray(part)) flat.push(...part);
    else flat.push(part);
  }
  const out: Part[] = [];
  for (const part of flat) {
    const text = isMention(part) ? part.text : part;
    if (text === '') continue;
    const prev = out[out.length - 1];
    if (prev !== undefined) {
      const before = isMention(prev) ? prev.text : prev;
      const needsSpace = !/\s$/.test(before) && !/^[\s,.;:)]/.test(text) && !/[(\-/]$/.test(before);
      if (needsSpace) out.push(' ');
    }
    out.push(part);
  }
  return out;
}

/** A sentence: the phrase with its first letter capitalised and a closing full stop. */
export function sentence(...parts: (Part | Part[] | null | undefined | false)[]): Sentence {
  const out = phrase(...parts);
  const first = out[0];
  if (first !== undefined) {
    const text = isMention(first) ? first.text : first;
    const capital = text.charAt(0).toUpperCase() + text.slice(1);
    out[0] = isMention(first) ? { ...first, text: capital } : capital;
  }
  const last = out[out.length - 1];
  const lastText = last === undefined ? '' : isMention(last) ? last.text : last;
  if (!/[.?!]$/.test(lastText)) out.push('.');
  return out;
}

/** "a, b, or c" with a chosen conjunction and an optional Oxford comma. */
export function list(items: readonly Part[][], conjunction: string, oxford: boolean): Part[] {
  if (items.length === 1) return items[0];
  const out: Part[] = [];
  items.forEach((item, i) => {
    if (i > 0) {
      const last = i === items.length - 1;
      if (!last) out.push(', ');
      else out.push(items.length > 2 && oxford ? `, ${conjunction} ` : ` ${conjunction} `);
    }
    out.push(...item);
  });
  return out;
}
