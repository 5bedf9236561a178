/**
 * Per-document decoding shared by training evaluation and ONNX inference: log-softmax of
 * the logits, BIO-constrained Viterbi with the model's learned transition scores, token
 * spans, and a span confidence — the geometric mean of the probabilities of the decoded
 * tags over the span's tokens.
 */
import { applyAbbreviationRule, type AbbreviationRule } from './abbreviation-spans';
import { tagsToTokenSpans } from './bio';
import type { Token } from './tokens';
import { constrainedViterbi, type DecoderScores } from './viterbi';

export interface TokenSpan {
  /** first token */
  readonly start: number;
  /** one past the last token */
  readonly end: number;
  /** label index */
  readonly label: number;
  readonly confidence: number;
}

function logSoftmax(logits: ArrayLike<number>, offset: number, tokens: number, tags: number): Float64Array {
  const out = new Float64Array(tokens * tags);
  for (let t = 0; t < tokens; t++) {
    const base = offset + t * tags;
    let max = -Infinity;
    for (let k = 0; k < tags; k++) max = Math.max(max, logits[base + k]);
    let sum = 0;
    for (let k = 0; k < tags; k++) sum += Math.exp(logits[base + k] - max);
    const log = max + Math.log(sum);
    for (let k = 0; k < tags; k++) out[t * tags + k] = logits[base + k] - log;
  }
  return out;
}

/** Decodes `tokens` rows of logits starting at `offset` (row-major, `tags` per row). */
export function decodeLogits(logits: ArrayLike<number>, offset: number, tokens: number, tags: number, scores?: DecoderScores): TokenSpan[] {
  const logProbs = logSoftmax(logits, offset, tokens, tags);
  const path = constrainedViterbi(logProbs, tokens, tags, scores);
  return tagsToTokenSpans(path).map((s) => {
    let sum = 0;
    for (let t = s.start; t < s.end; t++) sum += logProbs[t * tags + path[t]];
    return { ...s, confidence: Math.exp(sum / (s.end - s.start)) };
  });
}

/** decodeLogits for one document's tokens, then the model's abbreviation rule. */
export function decodeDocument(
  tokens: readonly Token[],
  logits: ArrayLike<number>,
  offset: number,
  tags: number,
  scores: DecoderScores | undefined,
  rule: AbbreviationRule,
): TokenSpan[] {
  return applyAbbreviationRule(tokens, decodeLogits(logits, offset, tokens.length, tags, scores), rule);
}
