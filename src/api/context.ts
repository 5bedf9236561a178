/**
 * Per-request context: a round-trip-counting view of the executor and fresh DataLoaders,
 * created for each GraphQL request and dropped with it.
 */
import { Neo4jExecutor, RoundTripCounter } from '../db/executor';
import { lazyDiskLabelSets } from '../labels/label-set.store';
import { LabelService } from '../labels/label.service';
import { OntologyLoaders } from '../ontology/concept.loaders';
import { ConceptService } from '../ontology/concept.service';
import { SimilarityService, type QueryExtractor } from '../similarity/similarity.service';

export interface RequestContext {
  executor: Neo4jExecutor;
  roundTrips: RoundTripCounter;
  ontology: ConceptService;
  similarity: SimilarityService;
  labels: LabelService;
  /** Text → concepts for `similarCases(text:)`; absent until the extraction pipeline is wired. */
  queryExtractor?: QueryExtractor;
}

export function createRequestContext(executor: Neo4jExecutor): RequestContext {
  const roundTrips = new RoundTripCounter();
  const counted = executor.counting(roundTrips);
  return {
    executor: counted,
    roundTrips,
    ontology: new ConceptService(counted, new OntologyLoaders(counted)),
    similarity: new SimilarityService(counted),
    labels: new LabelService(counted, lazyDiskLabelSets),
  };
}
