/**
 * A synthetic ontology and corpus as concept sets (no text, no extraction): 3 000 concepts
 * in an is-a DAG, 200 synonym pairs, reports of 3–10 concepts drawn with a skewed
 * (Zipf-like) frequency, half present, a third absent, the rest uncertain; two modalities.
 */
import type { OntologyData, ReportConcepts } from '../../src/similarity/core';

export function syntheticOntology(rand: () => number, conceptCount = 3000): { data: OntologyData; ids: string[] } {
  const ids = Array.from({ length: conceptCount }, (_, i) => `C${String(i).padStart(7, '0')}`);
  const tuis = ['T047', 'T046', 'T033', 'T023', 'T017'];
  const data: OntologyData = {
    concepts: ids.map((id) => ({ id, semanticTypes: [tuis[Math.floor(rand() * tuis.length)]] })),
    isa: ids.slice(10).flatMap((id, i) => {
      const parents = new Set([ids[Math.floor(rand() * (i + 10))]]);
      if (rand() < 0.2) parents.add(ids[Math.floor(rand() * (i + 10))]);
      return [...parents].map((p) => [id, p] as [string, string]);
    }),
    synonyms: Array.from(
      { length: 200 },
      () => [ids[Math.floor(rand() * conceptCount)], ids[Math.floor(rand() * conceptCount)]] as [string, string],
    )
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => (a < b ? [a, b] : [b, a])),
  };
  return { data, ids };
}

export function syntheticReport(rand: () => number, ids: string[], n: number): ReportConcepts {
  const zipf = (): string => ids[Math.min(ids.length - 1, Math.floor(Math.pow(rand(), 2.5) * ids.length))];
  const chosen = [...new Set(Array.from({ length: 3 + Math.floor(rand() * 8) }, zipf))];
  const present: string[] = [];
  const absent: string[] = [];
  const uncertain: string[] = [];
  for (const id of chosen) {
    const x = rand();
    (x < 0.5 ? present : x < 0.85 ? absent : uncertain).push(id);
  }
  return { id: `R${String(n).padStart(7, '0')}`, present, absent, uncertain };
}
