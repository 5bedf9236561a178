/**
 * What one report will say, decided before any wording: normal or not, which findings
 * with which side, size, severity and interval change, what is hedged, resolved, negated,
 * which devices. Wording is left to the composer.
 */
import type { PoolSet } from './pools';
import type { FindingSpec } from './pools/finding.types';
import type { NegatableSpec } from './pools/negation.pool';
import type { DeviceSpec } from './pools/device.pool';
import type { Rng } from './random';
import type { Change, FindingInstance } from './sentences/finding.phrase';
import { pickLungLocation } from './sentences/lung-locations';
import { pickDevice, type DeviceInstance } from './sentences/device.sentences';

export interface ReportPlan {
  normal: boolean;
  portable: boolean;
  hasPrior: boolean;
  present: FindingInstance[];
  /** Index into `present` → hedged readings (concept ids) of that finding. */
  readings: Map<number, string[]>;
  uncertain: FindingInstance[];
  resolved: FindingInstance[];
  negatedLists: NegatableSpec[][];
  devices: DeviceInstance[];
  removedDevice: DeviceSpec | null;
  lowVolumes: boolean;
}

/** The share of normal studies (no finding label positive or uncertain). */
const NORMAL_FRACTION = 0.3;
const LIST_LENGTHS = [22, 25, 22, 14, 9, 5, 3];

function instance(spec: FindingSpec, rng: Rng, assertion: FindingInstance['assertion'], hasPrior: boolean): FindingInstance {
  const location = spec.site === 'lung' ? pickLungLocation(rng) : null;
  let side: FindingInstance['side'] = location?.side ?? null;
  if (spec.site === 'pleural') side = rng.weighted(['bilateral', 'left', 'right'] as const, (s) => (s === 'bilateral' ? 4 : 3));
  if (spec.site === 'pneumothorax' || spec.predicate?.lateral) side = rng.chance(0.55) ? 'right' : 'left';
  const plural =
    (side === 'bilateral' && spec.site !== 'pneumothorax') || (location?.plural ?? false) || (spec.site === 'lung' && rng.chance(0.15));
  const severity = spec.severities && rng.chance(0.55) ? rng.pick(spec.severities) : null;
  let size: string | null = null;
  if (spec.size === 'mm' && rng.chance(0.6) && !plural) size = `${rng.int(3, 18)} mm`;
  if (spec.size === 'cm' && rng.chance(0.7) && !plural) size = `${rng.int(1, 7)}.${rng.int(0, 9)} cm`;
  const change: Change =
    hasPrior && assertion === 'PRESENT'
      ? rng.weighted(
          ['none', 'stable', 'improved', 'worse', 'new'] as const,
          (c) => ({ none: 45, stable: spec.longTail ? 60 : 28, improved: 10, worse: 10, new: 5 })[c],
        )
      : 'none';
  return { spec, assertion, side, location, anchor: spec.anchors ? rng.pick(spec.anchors) : null, severity, size, plural, change };
}

function drawWithoutReplacement<T>(
  rng: Rng,
  items: readonly T[],
  weight: (t: T) => number,
  k: number,
  accept: (t: T, chosen: T[]) => boolean,
): T[] {
  const chosen: T[] = [];
  let remaining = [...items];
  while (chosen.length < k && remaining.length > 0) {
    const next = rng.weighted(remaining, weight);
    remaining = remaining.filter((r) => r !== next);
    if (accept(next, chosen)) chosen.push(next);
  }
  return chosen;
}

export function planReport(pools: PoolSet, rng: Rng): ReportPlan {
  const normal = rng.chance(NORMAL_FRACTION);
  const portable = rng.chance(normal ? 0.25 : 0.5);
  const hasPrior = rng.chance(0.65);
  const present: FindingInstance[] = [];
  const uncertain: FindingInstance[] = [];
  const readings = new Map<number, string[]>();
  if (!normal) {
    const k = 1 + rng.weightedIndex([34, 34, 21, 11]);
    const specs = drawWithoutReplacement(
      rng,
      pools.findings,
      (s) => s.weight,
      k,
      (s, chosen) => !chosen.some((c) => c.group === s.group),
    );
    specs.forEach((spec, i) => {
      const hedge = rng.chance(0.14) && (i > 0 || rng.chance(0.5));
      (hedge ? uncertain : present).push(instance(spec, rng, hedge ? 'UNCERTAIN' : 'PRESENT', hasPrior));
    });
  }
  const asserted = (): string[] => [...present, ...uncertain].map((f) => f.spec.id).concat([...readings.values()].flat());
  present.forEach((f, i) => {
    const options = (f.spec.interpretations ?? []).filter((id) => !pools.relatedToAny(id, asserted()));
    if (options.length > 0 && rng.chance(0.45)) readings.set(i, rng.shuffle(options).slice(0, rng.int(1, 2)));
  });
  const resolved: FindingInstance[] = [];
  if (hasPrior && rng.chance(0.12)) {
    const spec = rng.pick(pools.resolvable);
    if (!pools.relatedToAny(spec.id, asserted())) resolved.push(instance(spec, rng, 'ABSENT', false));
  }
  const negatedLists: NegatableSpec[][] = [];
  const lists = normal ? 1 + (rng.chance(0.35) ? 1 : 0) : rng.weightedIndex([20, 60, 20]);
  const taken = [...asserted(), ...resolved.map((r) => r.spec.id)];
  for (let l = 0; l < lists; l++) {
    const length = 1 + rng.weightedIndex(LIST_LENGTHS);
    const items = drawWithoutReplacement(
      rng,
      pools.negatable,
      (n) => n.weight,
      length,
      (n, chosen) =>
        !pools.relatedToAny(n.id, taken) &&
        !pools.relatedToAny(
          n.id,
          chosen.map((c) => c.id),
        ),
    );
    items.forEach((n) => taken.push(n.id));
    if (items.length > 0) negatedLists.push(items);
  }
  const deviceCount = normal ? (rng.chance(0.15) ? 1 : 0) : portable ? rng.weightedIndex([25, 30, 25, 20]) : rng.weightedIndex([70, 22, 8]);
  const devices = drawWithoutReplacement(
    rng,
    Array.from({ length: deviceCount * 3 }, () => pickDevice(rng, portable)),
    () => 1,
    deviceCount,
    (d, chosen) => !chosen.some((c) => c.spec.placement === d.spec.placement),
  );
  const removedDevice =
    hasPrior && portable && rng.chance(0.08) ? rng.pick(pools.removable.filter((d) => !devices.some((x) => x.spec.id === d.id))) : null;
  return {
    normal,
    portable,
    hasPrior,
    present,
    readings,
    uncertain,
    resolved,
    negatedLists,
    devices,
    removedDevice,
    lowVolumes: rng.chance(portable ? 0.15 : 0.06),
  };
}
