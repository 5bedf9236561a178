/** Dev-set evaluation: TypeScript forward pass, constrained decoding with the learned transitions and the abbreviation rule, span metrics. */
import { tagsToTokenSpans } from '../../extraction/tagger/core/bio';
import type { AbbreviationRule } from '../../extraction/tagger/core/abbreviation-spans';
import { decodeDocument } from '../../extraction/tagger/core/decode';
import type { TaggerWeights } from '../../extraction/tagger/core/weights';
import type { EncodedDocument } from './dataset';
import { forward } from './network';
import { spanMetrics, type LabelledSpan, type SpanMetrics } from './metrics';

export function evaluate(
  weights: TaggerWeights,
  docs: readonly EncodedDocument[],
  labels: readonly string[],
  rule: AbbreviationRule = 'none',
): SpanMetrics {
  const gold: LabelledSpan[][] = [];
  const predicted: LabelledSpan[][] = [];
  for (const doc of docs) {
    const tokens = doc.tokens.length;
    const { logits } = forward(weights, {
      ids: doc.features.ids,
      offsets: doc.features.offsets,
      tokens,
      docStarts: Int32Array.of(0, tokens),
    });
    const named = (s: { start: number; end: number; label: number }): LabelledSpan => ({
      start: s.start,
      end: s.end,
      label: labels[s.label],
    });
    gold.push(tagsToTokenSpans(doc.tags).map(named));
    predicted.push(decodeDocument(doc.tokens, logits, 0, weights.tagCount, weights, rule).map(named));
  }
  return spanMetrics(gold, predicted, labels);
}
