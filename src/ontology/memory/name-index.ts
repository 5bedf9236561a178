/**
 * Concept names by normalised form, for the exact, synonym and prefix parts of
 * `searchConcepts` with the scores and order of cypher/concept-search.cypher. Fuzzy matching
 * stays with the graph's full-text index: its hits score below every exact or prefix hit, so
 * they can only matter when fewer than `limit` concepts matched here (`search` says so). Pure.
 */
import { codeUnitOrder } from '../concept.order';
import type { ConceptRecord } from '../concept.record';

export interface NameRow {
  norm: string;
  preferred: boolean;
  /** Positions of the named concepts in the ontology graph. */
  concepts: number[];
}

export interface NameHit {
  concept: ConceptRecord;
  score: number;
  matched: 'EXACT' | 'SYNONYM' | 'PREFIX';
}

interface Named {
  preferred: boolean;
  concept: number;
}

export class NameIndex {
  private readonly byNorm = new Map<string, Named[]>();
  private readonly norms: string[];
  readonly size: number;

  constructor(
    rows: Iterable<NameRow>,
    private readonly conceptAt: (position: number) => ConceptRecord,
  ) {
    let size = 0;
    for (const row of rows) {
      const named = this.byNorm.get(row.norm) ?? [];
      for (const concept of row.concepts) named.push({ preferred: row.preferred, concept });
      this.byNorm.set(row.norm, named);
      size += 1;
    }
    this.size = size;
    this.norms = [...this.byNorm.keys()].sort(codeUnitOrder);
  }

  /**
   * The best hit per concept, best first, at most `limit`; null when fewer than `limit`
   * concepts matched, so the caller must ask the full-text index too.
   */
  search(norm: string, limit: number, candidates: number): NameHit[] | null {
    const best = new Map<number, { score: number; matched: NameHit['matched'] }>();
    const offer = (concept: number, score: number, matched: NameHit['matched']): void => {
      if ((best.get(concept)?.score ?? -1) < score) best.set(concept, { score, matched });
    };
    for (const named of this.byNorm.get(norm) ?? [])
      offer(named.concept, named.preferred ? 1.0 : 0.95, named.preferred ? 'EXACT' : 'SYNONYM');
    let taken = 0;
    for (const longer of this.prefixed(norm)) {
      if (taken >= candidates) break;
      for (const named of this.byNorm.get(longer)!) {
        if (taken >= candidates) break;
        taken += 1;
        offer(named.concept, 0.6 + (0.3 * norm.length) / longer.length, 'PREFIX');
      }
    }
    if (best.size < limit) return null;
    return [...best]
      .map(([position, hit]) => ({ concept: this.conceptAt(position), ...hit }))
      .sort((a, b) => b.score - a.score || codeUnitOrder(a.concept.name, b.concept.name) || codeUnitOrder(a.concept.id, b.concept.id))
      .slice(0, limit);
  }

  /** Norms that start with `norm` and are longer, shortest first then alphabetical (Cypher's ORDER BY). */
  private prefixed(norm: string): string[] {
    let low = 0;
    let high = this.norms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.norms[mid] < norm) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.norms.length && this.norms[i].startsWith(norm); i += 1) {
      if (this.norms[i] !== norm) found.push(this.norms[i]);
    }
    return found.sort((a, b) => a.length - b.length || codeUnitOrder(a, b));
  }
}
