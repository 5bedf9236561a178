/**
 * BIO-constrained Viterbi decoding (pure). Scores are per-token log-probabilities,
 * row-major [tokens × tags] with the tag layout of `bio.ts`. The only allowed moves into
 * I-X come from B-X or I-X; a sequence cannot start with I-X. With no transition scores,
 * the result is the most probable tag sequence among the well-formed ones.
 */
import { isInside, labelOf } from './bio';

export function allowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from !== 0 && labelOf(from) === labelOf(to);
}

export function constrainedViterbi(logProbs: ArrayLike<number>, tokens: number, tags: number): Int32Array {
  const path = new Int32Array(tokens);
  if (tokens === 0) return path;
  let score = new Float64Array(tags);
  for (let k = 0; k < tags; k++) score[k] = isInside(k) ? -Infinity : logProbs[k]!;
  const back = new Int32Array(tokens * tags);
  for (let t = 1; t < tokens; t++) {
    const next = new Float64Array(tags);
    for (let k = 0; k < tags; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < tags; j++) {
        if (!allowedTransition(j, k)) continue;
        if (score[j]! > best) {
          best = score[j]!;
          arg = j;
        }
      }
      next[k] = best + logProbs[t * tags + k]!;
      back[t * tags + k] = arg;
    }
    score = next;
  }
  let last = 0;
  for (let k = 1; k < tags; k++) if (score[k]! > score[last]!) last = k;
  path[tokens - 1] = last;
  for (let t = tokens - 1; t > 0; t--) path[t - 1] = back[t * tags + path[t]!]!;
  return path;
}
