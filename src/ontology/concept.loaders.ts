/**
 * Per-request DataLoaders for the ontology: one Cypher round trip per kind of lookup,
 * whatever the number of concepts a query asks about. Related concepts come back whole
 * and prime the by-id loader, so nested fields cost nothing more.
 */
import DataLoader from 'dataloader';
import { asInt, CypherRunner } from '../db/executor';
import { byDistanceThenId, byNameThenId } from './concept.order';
import type { ConceptRecord, RelatedConcept } from './concept.record';

export interface DepthKey {
  id: string;
  maxDepth: number;
  first?: number;
}

const depthKey = (key: DepthKey): string => `${key.id}|${key.maxDepth}|${key.first ?? ''}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

export class OntologyLoaders {
  readonly byId: DataLoader<string, ConceptRecord | null>;
  readonly parents: DataLoader<string, ConceptRecord[]>;
  readonly children: DataLoader<string, ConceptRecord[]>;
  readonly ancestors: DataLoader<DepthKey, RelatedConcept[], string>;
  readonly descendants: DataLoader<DepthKey, RelatedConcept[], string>;

  constructor(private readonly runner: CypherRunner) {
    this.byId = new DataLoader(async (ids) => {
      const rows = await runner.read<{ concept: ConceptRecord }>('concepts-by-ids', { ids });
      const found = new Map(rows.map((row) => [row.concept.id, row.concept]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.parents = new DataLoader((ids) => this.loadRelated('concept-parents', ids));
    this.children = new DataLoader((ids) => this.loadRelated('concept-children', ids));
    this.ancestors = new DataLoader((keys) => this.loadByDepth('concept-ancestors', keys), { cacheKeyFn: depthKey });
    this.descendants = new DataLoader((keys) => this.loadByDepth('concept-descendants', keys), { cacheKeyFn: depthKey });
  }

  private prime(concepts: ConceptRecord[]): void {
    for (const concept of concepts) this.byId.prime(concept.id, concept);
  }

  private async loadRelated(statement: string, ids: readonly string[]): Promise<ConceptRecord[][]> {
    const rows = await this.runner.read<{ id: string; related: ConceptRecord[] }>(statement, { ids });
    const byId = new Map(rows.map((row) => [row.id, row.related]));
    return ids.map((id) => {
      const related = byId.get(id) ?? [];
      this.prime(related);
      return [...related].sort(byNameThenId);
    });
  }

  /** Keys differ in depth and page size; one query per distinct (depth, first). */
  private async loadByDepth(statement: string, keys: readonly DepthKey[]): Promise<RelatedConcept[][]> {
    const results = new Map<string, RelatedConcept[]>();
    const groups = groupBy(keys, (key) => `${key.maxDepth}|${key.first ?? ''}`);
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { maxDepth, first } = group[0];
        const rows = await this.runner.read<{ id: string; related: RelatedConcept[] }>(statement, {
          ids: group.map((key) => key.id),
          maxDepth: asInt(maxDepth),
          first: asInt(first ?? 0),
        });
        const byId = new Map(rows.map((row) => [row.id, row.related]));
        for (const key of group) {
          const related = [...(byId.get(key.id) ?? [])].sort(byDistanceThenId);
          this.prime(related.map((item) => item.concept));
          results.set(depthKey(key), related);
        }
      }),
    );
    return keys.map((key) => results.get(depthKey(key)) ?? []);
  }
}
