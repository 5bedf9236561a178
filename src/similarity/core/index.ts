/** Public surface of the similarity feature (pure: no I/O, no driver). */
export * from './measure.types';
export { InMemoryOntology, type OntologyData } from './in-memory-ontology';
export { DEFAULT_OPTIONS, PAPER_SEMANTIC_TYPE_WEIGHTS, requireOptions, resolveOptions, validateOptions } from './options';
export { buildCorpusStats } from './weights';
export { scoreFromExplanation, sumTerms } from './score';
export { rankCandidates, similarity } from './similarity';
