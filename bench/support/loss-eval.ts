/** Span metrics of a tagger and of extraction against gold spans (exact, and overlap). */
import type { Extraction } from '../../src/extraction/extractor';
import type { OnnxTagger } from '../../src/extraction/tagger';
import { spanMetrics, type SpanMetrics, type TrainingExample } from '../../src/training';
import { silverLabel } from '../../src/training/examples';

export interface TaggerScore {
  test: SpanMetrics;
  misspelled: SpanMetrics;
  /** recall on test spans whose surface form is not a training span */
  unseenRecall: number;
}

type Labelled = { start: number; end: number; label: string };

export async function scoreTagger(
  tagger: OnnxTagger,
  test: TrainingExample[],
  misspelled: TrainingExample[],
  unseen: Set<string>,
  labels: readonly string[],
): Promise<TaggerScore> {
  const predicted = await tagger.tagBatch(test.map((e) => e.text));
  const typo = await tagger.tagBatch(misspelled.map((e) => e.text));
  let hit = 0;
  test.forEach((e, i) => {
    const keys = new Set(predicted[i].map((s) => `${s.start}:${s.end}:${s.label}`));
    for (const s of e.spans) if (unseen.has(`${e.reportId}:${s.start}:${s.end}`) && keys.has(`${s.start}:${s.end}:${s.label}`)) hit++;
  });
  return {
    test: spanMetrics(
      test.map((e) => e.spans),
      predicted,
      labels,
    ),
    misspelled: spanMetrics(
      misspelled.map((e) => e.spans),
      typo,
      labels,
    ),
    unseenRecall: unseen.size === 0 ? NaN : hit / unseen.size,
  };
}

/** Extraction mentions as labelled spans (the same mapping as silver training spans). */
export function mentionSpans(extraction: Extraction): Labelled[] {
  return extraction.mentions.flatMap((m) => {
    const label = silverLabel(m);
    return label === null ? [] : [{ start: m.start, end: m.end, label }];
  });
}

/** Micro F1 where a prediction counts when it has the gold label and overlaps a gold span. */
export function overlapF1(gold: readonly (readonly Labelled[])[], predicted: readonly (readonly Labelled[])[]): number {
  let correctP = 0;
  let correctG = 0;
  let p = 0;
  let g = 0;
  const overlaps = (a: Labelled, b: Labelled): boolean => a.label === b.label && a.start < b.end && b.start < a.end;
  gold.forEach((gs, i) => {
    const ps = predicted[i] ?? [];
    p += ps.length;
    g += gs.length;
    correctP += ps.filter((x) => gs.some((y) => overlaps(x, y))).length;
    correctG += gs.filter((y) => ps.some((x) => overlaps(x, y))).length;
  });
  const precision = p === 0 ? 0 : correctP / p;
  const recall = g === 0 ? 0 : correctG / g;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
