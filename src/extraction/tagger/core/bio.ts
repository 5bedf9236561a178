/**
 * BIO tag sets and the conversions spans → tags (training) and tags → spans (decoding).
 * Tag 0 is always `O`; label j (0-based) owns tags B = 1 + 2j and I = 2 + 2j.
 */
import type { Token } from './tokens';

export const DEFAULT_LABELS: readonly string[] = ['ANAT-DP', 'OBS-DP', 'OBS-U', 'OBS-DA'];

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

export function bioTags(labels: readonly string[]): string[] {
  const tags = ['O'];
  for (const label of labels) tags.push(`B-${label}`, `I-${label}`);
  return tags;
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** Label index of a B or I tag; -1 for O. */
export function labelOf(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1;
}

/**
 * Tags for `tokens` from character spans: a token is in a span when they overlap. Spans are
 * taken in order of start (longer first on ties); a token already tagged keeps its tag.
 * Spans with an unknown label are an error naming the label.
 */
export function spansToTags(tokens: readonly Token[], spans: readonly Span[], labels: readonly string[]): Int32Array {
  const tags = new Int32Array(tokens.length);
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of ordered) {
    const label = labels.indexOf(span.label);
    if (label < 0) throw new Error(`span label "${span.label}" is not in the label set`);
    let first = true;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t];
      if (tok.end <= span.start || tok.start >= span.end) continue;
      if (tags[t] !== 0) {
        first = false;
        continue;
      }
      tags[t] = first ? 1 + 2 * label : 2 + 2 * label;
      first = false;
    }
  }
  return tags;
}

/** Token-index spans [start, end) from a tag sequence; a stray I-X opens a new span. */
export function tagsToTokenSpans(tags: ArrayLike<number>): { start: number; end: number; label: number }[] {
  const spans: { start: number; end: number; label: number }[] = [];
  let open: { start: number; label: number } | null = null;
  for (let t = 0; t <= tags.length; t++) {
    const tag = t < tags.length ? tags[t] : 0;
    const continues = open !== null && isInside(tag) && labelOf(tag) === open.label;
    if (open !== null && !continues) {
      spans.push({ start: open.start, end: t, label: open.label });
      open = null;
    }
    if (tag !== 0 && !continues) open = { start: t, label: labelOf(tag) };
  }
  return spans;
}
