/**
 * Deterministic train/dev split by hashing each report id with the seed: a report goes to
 * dev when FNV-1a("<seed>:<reportId>") / 2³² < devFraction. The same id always lands on the
 * same side, whatever the order or the other reports. When that leaves a side empty (tiny
 * sets) the report with the extreme hash is moved, so both sides are non-empty whenever
 * there are two distinct reports and 0 < devFraction.
 */
import { fnv1a32Utf16 } from '../../shared/core/hash';

export interface SplitRecord {
  readonly seed: number;
  readonly devFraction: number;
  readonly train: readonly string[];
  readonly dev: readonly string[];
}

export function splitReports(reportIds: readonly string[], seed: number, devFraction: number): SplitRecord {
  const unique = [...new Set(reportIds)];
  const scored = unique.map((id) => ({ id, u: fnv1a32Utf16(`${seed}:${id}`) / 4294967296 }));
  scored.sort((a, b) => a.u - b.u || (a.id < b.id ? -1 : 1));
  let devCount = scored.filter((s) => s.u < devFraction).length;
  if (devFraction > 0 && unique.length >= 2) devCount = Math.min(Math.max(devCount, 1), unique.length - 1);
  const dev = scored.slice(0, devCount).map((s) => s.id);
  const train = scored.slice(devCount).map((s) => s.id);
  return { seed, devFraction, train: train.sort(), dev: dev.sort() };
}
