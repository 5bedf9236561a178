/** Validation of gold (annotated) spans against a report's text and a label set. Pure. */
import type { GoldSpan } from './report.record';

export class SpanValidationError extends Error {}

type NameOf = (index: number, span: GoldSpan) => string;

const defaultName: NameOf = (i, span) => `span ${i} [${span.start}, ${span.end})`;

/** Every problem, each naming its span: offsets, label, overlaps. */
export function validateSpans(text: string, spans: GoldSpan[], labels: readonly string[], nameOf: NameOf = defaultName): string[] {
  const problems: string[] = [];
  const known = new Set(labels);
  spans.forEach((span, i) => {
    const name = nameOf(i, span);
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) problems.push(`${name}: offsets must be integers`);
    else if (span.start < 0 || span.end > text.length) problems.push(`${name}: offsets must lie within the text (length ${text.length})`);
    else if (span.end <= span.start) problems.push(`${name}: end must be greater than start`);
    if (!known.has(span.label)) problems.push(`${name}: unknown label "${span.label}" (labels: ${[...known].join(', ')})`);
  });
  const ordered = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let k = 1; k < ordered.length; k += 1) {
    const [previous, current] = [ordered[k - 1], ordered[k]];
    if (current.span.start < previous.span.end) {
      problems.push(`${nameOf(current.i, current.span)} overlaps ${nameOf(previous.i, previous.span)}`);
    }
  }
  return problems;
}

/** Stored spans plus new ones, checked together: a new span may not overlap a stored one. */
export function mergeSpans(text: string, stored: GoldSpan[], added: GoldSpan[], labels: readonly string[]): GoldSpan[] {
  const all = [...added, ...stored];
  const nameOf: NameOf = (i, span) => (i < added.length ? defaultName(i, span) : `stored span [${span.start}, ${span.end})`);
  const problems = validateSpans(text, all, labels, nameOf);
  if (problems.length > 0) throw new SpanValidationError(problems.slice(0, 10).join('; '));
  return all.map(({ start, end, label }) => ({ start, end, label })).sort((a, b) => a.start - b.start);
}
