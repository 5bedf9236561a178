/**
 * One table (rules/semantic-categories.json) decides whether a concept can be a mention
 * and whether it is an observation (OBS) or anatomy (ANAT). Devices (T074) and
 * procedures (T061) count as OBS: "endotracheal tube" or "sternotomy" is a present finding
 * for similarity. Qualitative/technical types (T080, T081, T169) never make a mention,
 * and a concept carrying any OBS type is OBS even if it also has an ANAT type.
 */
import table from '../rules/semantic-categories.json';
import type { Category } from './extraction.types';

const OBS: ReadonlySet<string> = new Set(table.OBS);
const ANAT: ReadonlySet<string> = new Set(table.ANAT);
const RANK: ReadonlyMap<string, number> = new Map(table.rank.map((t, i) => [t, i]));

export function categoryOf(semanticTypes: readonly string[]): Category | null {
  if (semanticTypes.some((t) => OBS.has(t))) return 'OBS';
  if (semanticTypes.some((t) => ANAT.has(t))) return 'ANAT';
  return null;
}

/** Lower is better: used to pick one concept when several share a term ("cold" problem). */
export function typeRank(semanticTypes: readonly string[]): number {
  let best = Number.MAX_SAFE_INTEGER;
  for (const t of semanticTypes) best = Math.min(best, RANK.get(t) ?? Number.MAX_SAFE_INTEGER);
  return best;
}
