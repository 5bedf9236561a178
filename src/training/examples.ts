/**
 * Training examples from stored reports. Pure: rows in, examples out.
 *
 * GOLD: the report's annotated spans (a report with a spans property, even an empty list,
 * counts as annotated: an empty list says "nothing to tag here").
 * RULES: silver spans from the stored rule mentions, category + assertion → label
 * (OBS present/uncertain/absent → OBS-DP/OBS-U/OBS-DA, anatomy → ANAT-DP). Used only for
 * reports without gold spans when both sources are selected: gold annotation is taken as
 * complete, and mixing both on one report would teach contradictions.
 * Spans whose label is not in the run's label set are dropped. With `schemeLabels` (the
 * labels of the schemes the run's labels belong to), a gold report whose spans all come
 * from another scheme (e.g. radiology spans in a run on `Disease`) was not annotated for
 * this run and is left out rather than taken as all-O.
 */
import type { Span } from '../extraction/tagger/core/bio';
import type { TrainingExample } from './core/dataset';

export type SpanSource = 'GOLD' | 'RULES';

export interface ExampleRow {
  readonly id: string;
  readonly text: string;
  /** JSON: [{ start, end, label }] or null */
  readonly spans: string | null;
  /** JSON: stored mentions [{ start, end, category, assertion, … }] or null */
  readonly mentions: string | null;
}

interface MentionLike {
  start: number;
  end: number;
  category: string;
  assertion: string;
}

const OBS_LABEL: Record<string, string> = { PRESENT: 'OBS-DP', UNCERTAIN: 'OBS-U', ABSENT: 'OBS-DA' };

export function silverLabel(mention: MentionLike): string | null {
  if (mention.category === 'ANAT') return 'ANAT-DP';
  if (mention.category === 'OBS') return OBS_LABEL[mention.assertion] ?? null;
  return null;
}

/** Sorted, non-overlapping (the longer of two spans starting together wins, then the earlier). */
export function nonOverlapping(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || span.start >= last.end) kept.push(span);
  }
  return kept;
}

function silverSpans(mentionsJson: string): Span[] {
  const mentions = JSON.parse(mentionsJson) as MentionLike[];
  return mentions.flatMap((m) => {
    const label = silverLabel(m);
    return label === null ? [] : [{ start: m.start, end: m.end, label }];
  });
}

export function buildExamples(
  rows: readonly ExampleRow[],
  sources: readonly SpanSource[],
  labels: readonly string[],
  schemeLabels?: readonly string[],
): TrainingExample[] {
  const inScheme = schemeLabels === undefined ? null : new Set(schemeLabels);
  const known = new Set(labels);
  const gold = sources.includes('GOLD');
  const rules = sources.includes('RULES');
  const examples: TrainingExample[] = [];
  for (const row of rows) {
    let spans: Span[] | null = null;
    if (gold && row.spans !== null) {
      spans = JSON.parse(row.spans) as Span[];
      if (inScheme !== null && spans.length > 0 && !spans.some((sp) => inScheme.has(sp.label))) continue;
    } else if (rules && row.mentions !== null) spans = silverSpans(row.mentions);
    if (spans === null) continue;
    const kept = nonOverlapping(spans.filter((s) => known.has(s.label)).map(({ start, end, label }) => ({ start, end, label })));
    examples.push({ reportId: row.id, text: row.text, spans: kept });
  }
  return examples;
}

export function spanCount(examples: readonly TrainingExample[]): number {
  return examples.reduce((n, e) => n + e.spans.length, 0);
}
