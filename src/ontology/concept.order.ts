/** The orders the API returns related concepts in, shared by the Cypher and in-process engines. */
import type { ConceptRecord, RelatedConcept } from './concept.record';

export const byNameThenId = (a: ConceptRecord, b: ConceptRecord): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export const byDistanceThenId = (a: RelatedConcept, b: RelatedConcept): number =>
  a.distance - b.distance || a.concept.id.localeCompare(b.concept.id);

/** Neo4j's string order (UTF-16 code units), for results that must match Cypher's ORDER BY. */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
