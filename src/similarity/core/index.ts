/** Public surface of the similarity feature (pure: no I/O, no driver). */
export * from './measure.types';
export type { IsaRelation, IsaStep, OntologyView } from './ontology-view';
export { InMemoryOntology, type OntologyData } from './in-memory-ontology';
export {
  DEFAULT_OPTIONS,
  DEFAULT_SEMANTIC_TYPE_WEIGHTS,
  PAPER_SEMANTIC_TYPE_WEIGHTS,
  MAX_DEPTH_LIMIT,
  requireOptions,
  resolveOptions,
  validateOptions,
  type OptionError,
  type ResolvedOptions,
} from './options';
export { buildCorpusStats, classTypeWeight, focusFactor, idf, makeConceptWeight, ownTypeWeight } from './weights';
export { scoreFromExplanation, scoreFromTerms, sumTerms } from './score';
export { makeScorer, rankCandidates, similarity } from './similarity';
