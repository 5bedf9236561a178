/**
 * Concept weights: semantic-type weight × optional IDF × optional focus factor.
 * Weights are per synonym class (the max type weight over every member's types) so that
 * synonyms, which "count as the same concept", can never weigh differently.
 */
import type { OntologyView } from './ontology-view';
import type { CorpusStats, ReportConcepts, SimilarityOptions } from './measure.types';

/** Max weight over the types of one concept alone (the PAPER variant's w(c)). */
export function ownTypeWeight(id: string, view: OntologyView, typeWeights: Readonly<Record<string, number>>): number {
  let best = 0;
  for (const tui of view.semanticTypesOf(id)) best = Math.max(best, typeWeights[tui] ?? 0);
  return best;
}

/** Max type weight over the whole synonym class of `id`. */
function classTypeWeight(id: string, view: OntologyView, typeWeights: Readonly<Record<string, number>>): number {
  let best = 0;
  for (const member of view.synonymsOf(id)) best = Math.max(best, ownTypeWeight(member, view, typeWeights));
  return best;
}

/** Smoothed IDF, never below 1: ln((1 + N) / (1 + df)) + 1. */
function idf(canonicalId: string, corpus: CorpusStats): number {
  const df = corpus.documentFrequency[canonicalId] ?? 0;
  return Math.log((1 + corpus.documentCount) / (1 + df)) + 1;
}

/**
 * Document frequency of each synonym class over reports where it is present or
 * uncertain. Absent mentions do not count: "no pneumothorax" is in most reports and
 * would otherwise make pneumothorax look common.
 */
export function buildCorpusStats(reports: readonly ReportConcepts[], view: OntologyView): CorpusStats {
  const documentFrequency: Record<string, number> = {};
  for (const report of reports) {
    const seen = new Set([...report.present, ...report.uncertain].map((id) => view.canonicalOf(id)));
    for (const id of seen) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  }
  return { documentCount: reports.length, documentFrequency };
}

/** Largest weight among focus concepts that `id` falls under (self or descendant); 1 if none. */
function focusFactor(id: string, view: OntologyView, options: SimilarityOptions): number {
  let factor: number | null = null;
  for (const focus of options.focusConcepts) {
    if (view.isDescendantOrSelf(id, focus.id)) factor = Math.max(factor ?? 0, focus.weight);
  }
  return factor ?? 1;
}

/** A memoised w(c) for one query: class type weight × IDF (if enabled) × focus factor. */
export function makeConceptWeight(view: OntologyView, options: SimilarityOptions, corpus?: CorpusStats): (id: string) => number {
  if (options.useIdf && !corpus) throw new Error('useIdf needs corpus statistics (see buildCorpusStats)');
  const cache = new Map<string, number>();
  return (id) => {
    const canonical = view.canonicalOf(id);
    let weight = cache.get(canonical);
    if (weight === undefined) {
      weight = classTypeWeight(canonical, view, options.semanticTypeWeights);
      if (options.useIdf && corpus) weight *= idf(canonical, corpus);
      weight *= focusFactor(canonical, view, options);
      cache.set(canonical, weight);
    }
    return weight;
  };
}
