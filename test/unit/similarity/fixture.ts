/**
 * A small chest-radiograph ontology for hand-computed tests, scored with HAND (the paper's
 * settings, not the fitted defaults): T047 = 3, T046 = 2, T033 = 1, anatomy 0, α = β = 0.5, no IDF.
 *
 *   LD  lung disease (T047)
 *   └─ PN  pneumonia (T047)
 *      └─ LLLP  left lower lobe pneumonia (T047)      LD→LLLP is distance 2
 *   CONS consolidation (T046) ≡ CONS2 (synonym, T046)
 *   EFF effusion (T046), CM cardiomegaly (T047), OP opacity (T033), LUNG (T023, weight 0)
 *   D0 ← D1 ← … ← D7 a chain of findings (T033), D7 the deepest
 */
import { InMemoryOntology, PAPER_SEMANTIC_TYPE_WEIGHTS, rankCandidates, similarity } from '../../../src/similarity/core';
import type { ReportConcepts, SimilarityOptions } from '../../../src/similarity/core';

const chain = Array.from({ length: 8 }, (_, i) => `D${i}`);

export const ontology = new InMemoryOntology({
  concepts: [
    { id: 'LD', semanticTypes: ['T047'] },
    { id: 'PN', semanticTypes: ['T047'] },
    { id: 'LLLP', semanticTypes: ['T047'] },
    { id: 'CONS', semanticTypes: ['T046'] },
    { id: 'CONS2', semanticTypes: ['T046'] },
    { id: 'EFF', semanticTypes: ['T046'] },
    { id: 'CM', semanticTypes: ['T047', 'T033'] },
    { id: 'OP', semanticTypes: ['T033'] },
    { id: 'LUNG', semanticTypes: ['T023'] },
    ...chain.map((id) => ({ id, semanticTypes: ['T033'] })),
  ],
  isa: [['PN', 'LD'], ['LLLP', 'PN'], ...chain.slice(1).map((id, i) => [id, chain[i]] as [string, string])],
  synonyms: [['CONS', 'CONS2']],
});

/** A report from lists; omitted assertions are empty. */
export function report(id: string, present: string[] = [], absent: string[] = [], uncertain: string[] = []): ReportConcepts {
  return { id, present, absent, uncertain };
}

export const E_HALF = Math.exp(-0.5); // credit at distance 1 with decay 0.5 ≈ 0.6065307

/** The settings the hand computations use; a test's own options override them. */
const HAND: Partial<SimilarityOptions> = {
  alpha: 0.5,
  beta: 0.5,
  useIdf: false,
  semanticTypeWeights: PAPER_SEMANTIC_TYPE_WEIGHTS,
  lexicalWeight: 0,
};

export const handSimilarity: typeof similarity = (q, c, view, options = {}, corpus) =>
  similarity(q, c, view, { ...HAND, ...options }, corpus);
export const handRank: typeof rankCandidates = (q, cands, view, options = {}, k, corpus) =>
  rankCandidates(q, cands, view, { ...HAND, ...options }, k, corpus);
