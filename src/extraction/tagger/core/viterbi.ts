/**
 * BIO-constrained Viterbi decoding (pure). Scores are per-token log-probabilities,
 * row-major [tokens × tags] with the tag layout of `bio.ts`, plus optional learned
 * transition scores (from → to, row-major [tags × tags]) and start scores. The only
 * allowed moves into I-X come from B-X or I-X; a sequence cannot start with I-X.
 */
import { isInside, labelOf } from './bio';

export interface DecoderScores {
  readonly transitions: ArrayLike<number>;
  readonly startScores: ArrayLike<number>;
}

export function allowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from !== 0 && labelOf(from) === labelOf(to);
}

export function constrainedViterbi(logProbs: ArrayLike<number>, tokens: number, tags: number, scores?: DecoderScores): Int32Array {
  const path = new Int32Array(tokens);
  if (tokens === 0) return path;
  const trans = (j: number, k: number): number => (scores === undefined ? 0 : scores.transitions[j * tags + k]);
  let score = new Float64Array(tags);
  for (let k = 0; k < tags; k++) score[k] = isInside(k) ? -Infinity : logProbs[k] + (scores === undefined ? 0 : scores.startScores[k]);
  const back = new Int32Array(tokens * tags);
  let next = new Float64Array(tags);
  for (let t = 1; t < tokens; t++) {
    for (let k = 0; k < tags; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < tags; j++) {
        if (!allowedTransition(j, k)) continue;
        const s = score[j] + trans(j, k);
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      next[k] = best + logProbs[t * tags + k];
      back[t * tags + k] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let k = 1; k < tags; k++) if (score[k] > score[last]) last = k;
  path[tokens - 1] = last;
  for (let t = tokens - 1; t > 0; t--) path[t - 1] = back[t * tags + path[t]]!;
  return path;
}
