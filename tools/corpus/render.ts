/**
 * Renders drafted sections into the final text. Spans are recorded while mentions are
 * appended, so their offsets are exact by construction; the caps and line-wrap passes
 * keep every offset (ASCII upper-casing keeps length; wraps only replace spaces outside spans).
 */
import { ANNOTATED_SECTIONS, type GoldSpan, type SectionName, type SectionSpan } from './corpus.types';
import type { Rng } from './random';
import { isMention, type Sentence } from './text-parts';

export interface SectionDraft {
  name: SectionName;
  /** e.g. "FINDINGS:" — null for a header-less body. */
  header: string | null;
  /** Sentences (annotated sections) or plain text (the others). */
  body: Sentence[] | string;
  numbered?: boolean;
}

export interface RenderStyle {
  headerBreak: string;
  sectionBreak: string;
  sentenceJoin: () => string;
  preamble: string;
  allCaps: boolean;
  wrapAt: number | null;
}

export interface Rendered {
  text: string;
  sections: SectionSpan[];
  spans: GoldSpan[];
  /** Misspelt mentions rendered. */
  typos: number;
}

export function render(drafts: readonly SectionDraft[], style: RenderStyle): Rendered {
  let text = style.preamble;
  const sections: SectionSpan[] = [];
  const spans: GoldSpan[] = [];
  let typos = 0;
  drafts.forEach((draft, d) => {
    if (d > 0) text += style.sectionBreak;
    if (draft.header !== null) text += draft.header + style.headerBreak;
    const start = text.length;
    if (typeof draft.body === 'string') text += draft.body;
    else {
      if (!ANNOTATED_SECTIONS.has(draft.name)) throw new Error(`section ${draft.name} cannot carry mentions`);
      draft.body.forEach((sentence, i) => {
        if (draft.numbered) text += `${i > 0 ? '\n' : ''}${i + 1}. `;
        else if (i > 0) text += style.sentenceJoin();
        for (const part of sentence) {
          if (!isMention(part)) {
            text += part;
            continue;
          }
          const from = text.length;
          if (part.typo) typos++;
          text += part.text;
          spans.push({
            start: from,
            end: text.length,
            label: part.label,
            conceptId: part.conceptId,
            assertion: part.assertion,
            text: part.text,
          });
        }
      });
    }
    sections.push({ name: draft.name, start, end: text.length });
  });
  if (style.allCaps) {
    text = text.toUpperCase();
    for (const span of spans) span.text = span.text.toUpperCase();
  }
  if (style.wrapAt !== null) text = wrap(text, spans, style.wrapAt);
  return { text, sections, spans, typos };
}

/** Replaces spaces by newlines past `width` columns, never inside a span. */
function wrap(text: string, spans: readonly GoldSpan[], width: number): string {
  const inside = new Uint8Array(text.length);
  for (const s of spans) inside.fill(1, s.start, s.end);
  const chars = text.split('');
  let column = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') column = 0;
    else if (chars[i] === ' ' && column >= width && inside[i] === 0) {
      chars[i] = '\n';
      column = 0;
    } else column++;
  }
  return chars.join('');
}

export function randomJoin(rng: Rng): () => string {
  const newlineRate = rng.pick([0, 0, 0.1, 0.3]);
  const doubleSpace = rng.chance(0.15);
  return () => (rng.chance(newlineRate) ? '\n' : doubleSpace ? '  ' : ' ');
}
