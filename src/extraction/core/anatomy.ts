/**
 * Negated-anatomy propagation (method.md §1.1): a negated ANAT entity propagates ABSENT
 * to the observation it modifies when that observation has no other present modifier.
 * "Modifies" is the `locates` link set by modifiers.ts; "other present modifier" means
 * another anatomy locating the same observation that is PRESENT or UNCERTAIN. An
 * observation already ABSENT or UNCERTAIN is left as it is (a hedge stays a hedge).
 */
import type { Doc } from './extraction.types';

export function propagateNegatedAnatomy(doc: Doc): Doc {
  const anatomyOf = new Map<number, string[]>();
  for (const t of doc.targets) {
    if (t.category !== 'ANAT' || t.locates === undefined) continue;
    const list = anatomyOf.get(t.locates) ?? [];
    list.push(t.assertion);
    anatomyOf.set(t.locates, list);
  }
  for (const [i, assertions] of anatomyOf) {
    const obs = doc.targets[i];
    if (!obs || obs.assertion !== 'PRESENT') continue;
    if (assertions.includes('ABSENT') && assertions.every((a) => a === 'ABSENT')) obs.assertion = 'ABSENT';
  }
  return doc;
}
