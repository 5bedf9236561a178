/**
 * Concept names by normalised form, for `searchConcepts` with the scores and order of
 * cypher/concept-search.cypher: exact, synonym and prefix hits as there; fuzzy hits from the
 * in-process twin of the full-text query (fuzzy-names.ts), scored 0.55 · s / (s + 1) on its
 * BM25 score s as the Cypher scores Lucene's, so below every exact, synonym or prefix hit
 * (≥ 0.6), and only looked for when those found fewer than `limit` concepts. Pure.
 */
import { codeUnitOrder } from '../concept.order';
import type { ConceptRecord } from '../concept.record';
import { FuzzyNames } from './fuzzy-names';

export interface NameRow {
  /** The name as loaded (the full-text index's field). */
  text: string;
  norm: string;
  preferred: boolean;
  /** Positions of the named concepts in the ontology graph. */
  concepts: number[];
}

export interface NameHit {
  concept: ConceptRecord;
  score: number;
  matched: 'EXACT' | 'SYNONYM' | 'PREFIX' | 'FUZZY';
}

interface Named {
  preferred: boolean;
  concept: number;
}

export class NameIndex {
  private readonly byNorm = new Map<string, Named[]>();
  private readonly norms: string[];
  /** Per name row: the concepts it names (the fuzzy part finds rows). */
  private readonly rowConcepts: number[][] = [];
  private readonly fuzzy: FuzzyNames;
  readonly size: number;

  constructor(
    rows: Iterable<NameRow>,
    private readonly conceptAt: (position: number) => ConceptRecord,
  ) {
    const texts: string[] = [];
    for (const row of rows) {
      const named = this.byNorm.get(row.norm) ?? [];
      for (const concept of row.concepts) named.push({ preferred: row.preferred, concept });
      this.byNorm.set(row.norm, named);
      this.rowConcepts.push(row.concepts);
      texts.push(row.text);
    }
    this.size = texts.length;
    this.norms = [...this.byNorm.keys()].sort(codeUnitOrder);
    this.fuzzy = new FuzzyNames(texts);
  }

  /** The best hit per concept for `text` (normalised: `norm`), best first, at most `limit`. */
  search(text: string, norm: string, limit: number, candidates: number): NameHit[] {
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
    if (best.size < limit) {
      for (const { name, score } of this.fuzzy.search(text, candidates))
        for (const concept of this.rowConcepts[name]) offer(concept, (0.55 * score) / (score + 1), 'FUZZY');
    }
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
