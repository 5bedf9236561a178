/**
 * Gold label names from an evaluation file, and their mapping to ontology concepts. Pure:
 * the name lookup rows come from `cypher/eval-gold-concepts.cypher`.
 */
import { normaliseTerm } from '../../src/ontology/term-key';

/** The gold name that means "none of the finding labels" (matched case-insensitively). */
export const NO_FINDING = 'No Finding';

export function isNoFinding(name: string): boolean {
  return normaliseTerm(name) === normaliseTerm(NO_FINDING);
}

/** `;`-separated names, trimmed, empty ones dropped, duplicates (case-insensitive) kept once. */
export function parseGoldCell(cell: string | undefined | null): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of (cell ?? '').split(';')) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(isNoFinding(name) ? NO_FINDING : name);
  }
  return names;
}

/** One hit of a gold name on a `Name` node: the concept it names, and whether it is the preferred name. */
export interface NameHit {
  norm: string;
  conceptId: string;
  preferred: boolean;
}

export interface GoldMapping {
  /** Gold name → concept ids (a name naming several concepts keeps them all). */
  mapped: Map<string, string[]>;
  /** Names no concept is called by (No Finding excluded: it is a rule, not a concept). */
  unmapped: string[];
}

/**
 * Exact preferred-name hits win; without one, every synonym hit counts. Names are matched
 * by their normalised form (`normaliseTerm`), so case, accents and punctuation do not matter.
 */
export function mapGoldNames(names: readonly string[], hits: readonly NameHit[]): GoldMapping {
  const byNorm = new Map<string, NameHit[]>();
  for (const hit of hits) byNorm.set(hit.norm, [...(byNorm.get(hit.norm) ?? []), hit]);
  const mapped = new Map<string, string[]>();
  const unmapped: string[] = [];
  for (const name of names) {
    if (isNoFinding(name)) continue;
    const found = byNorm.get(normaliseTerm(name)) ?? [];
    const preferred = found.filter((hit) => hit.preferred);
    const chosen = [...new Set((preferred.length > 0 ? preferred : found).map((hit) => hit.conceptId))].sort();
    if (chosen.length > 0) mapped.set(name, chosen);
    else unmapped.push(name);
  }
  return { mapped, unmapped: unmapped.sort() };
}

/**
 * Gold names that are not findings: those that appear next to "No Finding" in some gold
 * row (CheXpert's Support Devices). Learned from the file, so no label set is needed.
 */
export function nonFindingNames(goldRows: readonly (readonly string[])[]): Set<string> {
  const result = new Set<string>();
  for (const row of goldRows) {
    if (!row.some(isNoFinding)) continue;
    for (const name of row) if (!isNoFinding(name)) result.add(name);
  }
  return result;
}
