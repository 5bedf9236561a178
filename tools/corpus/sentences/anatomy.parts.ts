/** Anatomy mentions drawn from the curated anatomy forms. */
import { ANATOMY, type AnatomyKey } from '../pools/anatomy.pool';
import type { Rng } from '../random';
import { anat, type Mention } from '../text-parts';

export function anatNoun(key: AnatomyKey, rng: Rng): Mention {
  const spec = ANATOMY[key];
  return anat(rng.pick(spec.nouns), spec.id);
}

export function anatAdjective(key: AnatomyKey, rng: Rng): Mention {
  const spec: { id: string; adjectives?: readonly string[] } = ANATOMY[key];
  if (!spec.adjectives) throw new Error(`anatomy ${key} has no adjective form`);
  return anat(rng.pick(spec.adjectives), spec.id);
}

export type Side = 'left' | 'right' | 'bilateral';

export function sideWord(side: Side, rng: Rng): string {
  if (side === 'bilateral') return 'bilateral';
  return rng.chance(0.2) ? `${side}-sided` : side;
}
