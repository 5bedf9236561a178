/**
 * The evaluation split: a report is held out when the FNV-1a hash of its id falls in
 * buckets 0–19 of 100 (about 20%). It depends on the id alone, so it is stable across
 * runs, counts and seeds, and a consumer can recompute it without the generator.
 */
import { fnv1a32CodeUnits } from '../../src/shared/core/hash';

const HELD_OUT_BUCKETS = 20;

export function isHeldOut(reportId: string): boolean {
  return fnv1a32CodeUnits(reportId) % 100 < HELD_OUT_BUCKETS;
}
