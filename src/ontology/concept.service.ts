/**
 * Ontology reads for the API: from the in-process snapshot when one is loaded
 * (ONTOCASE_ONTOLOGY_ENGINE=memory), else through the loaders and named Cypher statements,
 * the reference both engines are tested against.
 */
import { asInt, CypherRunner } from '../db/executor';
import { commonAncestors, lowestOf } from './common-ancestors';
import type { OntologyLoaders } from './concept.loaders';
import type { ConceptRecord, RelatedConcept } from './concept.record';
import { fuzzyNameQuery } from './lucene';
import type { OntologySnapshot } from './memory/ontology-memory';
import { normaliseTerm } from './term-key';

type MatchKind = 'EXACT' | 'SYNONYM' | 'PREFIX' | 'FUZZY';

export interface SearchHit {
  concept: ConceptRecord;
  score: number;
  matched: MatchKind;
}

export interface OntologyStatsRecord {
  concepts: number;
  names: number;
  isaRelations: number;
  synonymRelations: number;
  semanticTypes: number;
  sources: { source: string; concepts: number }[];
}

/** Deep enough for any real hierarchy (MeSH is 13 levels) and the cap of the Cypher bound. */
const FULL_DEPTH = 20;

export class ConceptService {
  constructor(
    private readonly runner: CypherRunner,
    readonly loaders: OntologyLoaders,
    /** Taken once per request, so a reload mid-request cannot mix two ontologies. */
    private readonly memory: OntologySnapshot | null = null,
  ) {}

  async byId(id: string): Promise<ConceptRecord | null> {
    return this.memory ? this.memory.graph.byId(id) : this.loaders.byId.load(id);
  }

  async byIds(ids: string[]): Promise<(ConceptRecord | null)[]> {
    if (this.memory) return ids.map((id) => this.memory!.graph.byId(id));
    const loaded = await this.loaders.byId.loadMany(ids);
    return loaded.map((item) => (item instanceof Error ? null : item));
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const norm = normaliseTerm(text);
    if (!norm) return [];
    const candidates = Math.max(limit * 3, 30);
    if (this.memory) return this.memory.names.search(text, norm, limit, candidates);
    return this.runner.read<SearchHit>('concept-search', {
      norm,
      fuzzy: fuzzyNameQuery(text) || norm,
      limit: asInt(limit),
      candidates: asInt(candidates),
    });
  }

  async parents(id: string): Promise<ConceptRecord[]> {
    return this.memory ? this.memory.graph.parents(id) : this.loaders.parents.load(id);
  }

  async children(id: string): Promise<ConceptRecord[]> {
    return this.memory ? this.memory.graph.children(id) : this.loaders.children.load(id);
  }

  async ancestors(id: string, maxDepth: number): Promise<RelatedConcept[]> {
    return this.memory ? this.memory.graph.ancestors(id, maxDepth) : this.loaders.ancestors.load({ id, maxDepth });
  }

  async descendants(id: string, maxDepth: number, first: number): Promise<RelatedConcept[]> {
    return this.memory ? this.memory.graph.descendants(id, maxDepth, first) : this.loaders.descendants.load({ id, maxDepth, first });
  }

  async isDescendantOf(id: string, ancestorId: string): Promise<boolean> {
    if (this.memory) return this.memory.graph.isDescendantOf(id, ancestorId);
    const rows = await this.runner.read<{ descendant: boolean }>('concept-is-descendant', { id, ancestorId });
    return rows.length > 0 && rows[0].descendant;
  }

  async pathTo(from: string, to: string): Promise<ConceptRecord[] | null> {
    if (this.memory) return this.memory.graph.pathTo(from, to);
    const rows = await this.runner.read<{ path: ConceptRecord[] | null }>('concept-path', { from, to });
    return rows.length > 0 ? rows[0].path : null;
  }

  async lowestCommonAncestors(ids: string[]): Promise<ConceptRecord[]> {
    const unique = [...new Set(ids)];
    const ancestry = await Promise.all(unique.map((id) => this.ancestorsOrSelf(id)));
    if (ancestry.some((set) => set === null)) return [];
    const common = commonAncestors(ancestry as Set<string>[]);
    const commonIds = [...common];
    const proper = await Promise.all(commonIds.map((id) => this.ancestors(id, FULL_DEPTH)));
    const properById = new Map(commonIds.map((id, i) => [id, new Set(proper[i].map((r) => r.concept.id))]));
    const lowest = await this.byIds(lowestOf(common, properById));
    return lowest.filter((concept): concept is ConceptRecord => concept !== null);
  }

  private async ancestorsOrSelf(id: string): Promise<Set<string> | null> {
    const [self, ancestors] = await Promise.all([this.byId(id), this.ancestors(id, FULL_DEPTH)]);
    return self ? new Set([id, ...ancestors.map((r) => r.concept.id)]) : null;
  }

  async stats(): Promise<OntologyStatsRecord> {
    const [row] = await this.runner.read<OntologyStatsRecord>('ontology-stats');
    return row;
  }
}
