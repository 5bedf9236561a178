/** A concept as the Cypher projections return it (see cypher/concepts-by-ids.cypher). */
export interface ConceptRecord {
  id: string;
  name: string;
  sources: string[];
  /** Every distinct string of the concept, the preferred name included. */
  synonyms: string[];
  tuis: string[];
  stys: string[];
}

export interface RelatedConcept {
  concept: ConceptRecord;
  distance: number;
}
