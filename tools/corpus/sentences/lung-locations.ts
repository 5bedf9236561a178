/**
 * Where in the lungs a finding sits, written before the noun ("right lower lobe
 * consolidation", "bibasilar atelectasis", "left retrocardiac opacity") or after it ("in
 * the right lower lobe", "at the lung bases").
 */
import type { AnatomyKey } from '../pools/anatomy.pool';
import type { Rng } from '../random';
import type { Part } from '../text-parts';
import { anatAdjective, anatNoun, type Side } from './anatomy.parts';

export interface LungLocation {
  name: string;
  side: Side | null;
  /** The finding is written in the plural here (both bases, both perihilar regions). */
  plural: boolean;
  pre(rng: Rng): Part[] | null;
  post(rng: Rng): Part[];
}

const lobe = (name: string, key: AnatomyKey, side: Side): LungLocation => ({
  name,
  side,
  plural: false,
  pre: (rng) => [anatNoun(key, rng)],
  post: (rng) => [rng.pick(['in the', 'within the', 'involving the']), ' ', anatNoun(key, rng)],
});

const sided = (side: 'left' | 'right', adj: AnatomyKey, noun: AnatomyKey, name: string): LungLocation => ({
  name,
  side,
  plural: false,
  pre: (rng) => [side, ' ', anatAdjective(adj, rng)],
  post: (rng) => [rng.pick(['at the', 'in the']), ` ${side} `, anatNoun(noun, rng)],
});

const LUNG_LOCATIONS: readonly { weight: number; location: LungLocation }[] = [
  { weight: 7, location: lobe('rll', 'rll', 'right') },
  { weight: 6, location: lobe('lll', 'lll', 'left') },
  { weight: 3, location: lobe('rul', 'rul', 'right') },
  { weight: 2, location: lobe('lul', 'lul', 'left') },
  { weight: 2.5, location: lobe('rml', 'rml', 'right') },
  {
    weight: 1,
    location: {
      name: 'lingula',
      side: 'left',
      plural: false,
      pre: (rng) => [anatAdjective('lingula', rng)],
      post: (rng) => ['in the ', anatNoun('lingula', rng)],
    },
  },
  { weight: 6, location: sided('left', 'base', 'base', 'left-base') },
  { weight: 5, location: sided('right', 'base', 'base', 'right-base') },
  {
    weight: 8,
    location: {
      name: 'bases',
      side: 'bilateral',
      plural: true,
      pre: (rng) => [anatAdjective('bases', rng)],
      post: (rng) => [rng.pick(['at the', 'at both', 'in the']), ' ', anatNoun('bases', rng)],
    },
  },
  { weight: 1.5, location: sided('right', 'apex', 'apex', 'right-apex') },
  { weight: 1, location: sided('left', 'apex', 'apex', 'left-apex') },
  {
    weight: 2,
    location: {
      name: 'perihilar',
      side: 'bilateral',
      plural: true,
      pre: (rng) => [rng.pick(['bilateral ', '']), anatAdjective('perihilar', rng)],
      post: (rng) => ['in the ', anatNoun('perihilar', rng)],
    },
  },
  {
    weight: 3,
    location: {
      name: 'retrocardiac',
      side: 'left',
      plural: false,
      pre: (rng) => [rng.pick(['left ', '']), anatAdjective('retrocardiac', rng)],
      post: (rng) => ['in the ', rng.pick(['left ', '']), anatNoun('retrocardiac', rng)],
    },
  },
  {
    weight: 0.8,
    location: {
      name: 'right-midlung',
      side: 'right',
      plural: false,
      pre: () => null,
      post: (rng) => ['in the right ', anatNoun('midZone', rng)],
    },
  },
  {
    weight: 0.7,
    location: {
      name: 'left-midlung',
      side: 'left',
      plural: false,
      pre: () => null,
      post: (rng) => ['in the left ', anatNoun('midZone', rng)],
    },
  },
  {
    weight: 1.5,
    location: {
      name: 'lower-zones',
      side: 'bilateral',
      plural: true,
      pre: () => null,
      post: (rng) => [rng.pick(['in the', 'throughout the']), ' ', anatNoun('lowerZones', rng)],
    },
  },
  {
    weight: 0.8,
    location: {
      name: 'left-lung',
      side: 'left',
      plural: true,
      pre: () => null,
      post: (rng) => [rng.pick(['throughout the', 'in the']), ' ', anatNoun('leftLung', rng)],
    },
  },
  {
    weight: 0.8,
    location: {
      name: 'right-lung',
      side: 'right',
      plural: true,
      pre: () => null,
      post: (rng) => [rng.pick(['throughout the', 'in the']), ' ', anatNoun('rightLung', rng)],
    },
  },
];

export function pickLungLocation(rng: Rng): LungLocation {
  return rng.weighted(LUNG_LOCATIONS, (l) => l.weight).location;
}
