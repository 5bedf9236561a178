/** Span-level precision / recall / F1 (exact start, end and label), per label, micro and macro. */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

interface LabelMetrics {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** gold spans of the label */
  readonly support: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface SpanMetrics {
  readonly perLabel: readonly LabelMetrics[];
  readonly micro: { readonly precision: number; readonly recall: number; readonly f1: number };
  /** mean F1 over labels with gold support or predictions */
  readonly macroF1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function spanMetrics(
  gold: readonly (readonly LabelledSpan[])[],
  predicted: readonly (readonly LabelledSpan[])[],
  labels: readonly string[],
): SpanMetrics {
  const counts = new Map(labels.map((l) => [l, { support: 0, predicted: 0, correct: 0 }]));
  const key = (s: LabelledSpan): string => `${s.start}:${s.end}:${s.label}`;
  gold.forEach((goldSpans, doc) => {
    const goldKeys = new Set(goldSpans.map(key));
    for (const s of goldSpans) counts.get(s.label)!.support++;
    for (const s of predicted[doc] ?? []) {
      const c = counts.get(s.label);
      if (c === undefined) continue;
      c.predicted++;
      if (goldKeys.has(key(s))) c.correct++;
    }
  });
  let support = 0;
  let pred = 0;
  let correct = 0;
  const perLabel = labels.map((label) => {
    const c = counts.get(label)!;
    support += c.support;
    pred += c.predicted;
    correct += c.correct;
    const precision = ratio(c.correct, c.predicted);
    const recall = ratio(c.correct, c.support);
    return { label, precision, recall, f1: harmonic(precision, recall), ...c };
  });
  const active = perLabel.filter((m) => m.support > 0 || m.predicted > 0);
  const precision = ratio(correct, pred);
  const recall = ratio(correct, support);
  return {
    perLabel,
    micro: { precision, recall, f1: harmonic(precision, recall) },
    macroF1: active.length === 0 ? 0 : active.reduce((a, m) => a + m.f1, 0) / active.length,
  };
}
