/**
 * What the measure needs to know about the ontology. The caller supplies it: the
 * in-memory implementation for tests and in-process ranking, a Neo4j-backed one later.
 * Weights are not part of the view because they depend on per-query options.
 */

export type IsaRelation = 'ANCESTOR' | 'DESCENDANT';

export interface IsaStep {
  distance: number;
  /** `to` relative to `from`: ANCESTOR when `to` is reached by going up from `from`. */
  relation: IsaRelation;
}

export interface OntologyView {
  /** Representative of the synonym class: its smallest id (code-unit order). */
  canonicalOf(id: string): string;
  /** Every member of the synonym class of `id`, `id` included, sorted. */
  synonymsOf(id: string): readonly string[];
  semanticTypesOf(id: string): readonly string[];
  /**
   * Shortest purely-upward or purely-downward is-a path between members of the two
   * synonym classes (synonymy only at the endpoints), if within maxDepth; null for the
   * same class or no such path. Up wins a tie in length.
   */
  isaDistance(from: string, to: string, maxDepth: number): IsaStep | null;
  /** `id` is `ancestorId` (or a synonym) or reaches it (or a synonym) upward, any depth. */
  isDescendantOrSelf(id: string, ancestorId: string): boolean;
}
