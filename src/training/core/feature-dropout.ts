/**
 * Feature dropout for the bag of hashed features: while training, each feature id of a
 * token is replaced by the padding id 0 (a zero embedding row that is never updated) with
 * probability `rate`. It stops the model leaning on a few memorised ids (the word itself,
 * its bigrams) and makes it learn from the affixes and character n-grams that carry over to
 * unseen words. No rescaling: the bag is a sum whose size already varies with word length.
 */
import type { Random } from '../../shared/core/prng';

export function dropFeatures(ids: Int32Array, rate: number, random: Random): Int32Array {
  if (rate === 0) return ids;
  return ids.map((id) => (random() < rate ? 0 : id));
}
