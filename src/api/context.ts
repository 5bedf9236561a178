/**
 * Per-request context: a round-trip-counting view of the executor and fresh DataLoaders,
 * created for each GraphQL request and dropped with it; process-wide services are shared.
 */
import { Neo4jExecutor, RoundTripCounter } from '../db/executor';
import { lazyDiskLabelSets } from '../labels/label-set.store';
import { LabelService } from '../labels/label.service';
import { OntologyLoaders } from '../ontology/concept.loaders';
import { ConceptService } from '../ontology/concept.service';
import type { Metrics } from '../metrics/metrics';
import type { OntologyMemory } from '../ontology/memory/ontology-memory';
import type { Extractor } from '../extraction/extractor';
import type { IngestService } from '../reports/ingest.service';
import { ReportRepository } from '../reports/report.repository';
import { ReportService } from '../reports/report.service';
import type { AuditLog } from '../security/audit-log';
import type { Principal } from '../security/roles';
import type { SimilarityIndex } from '../similarity/memory/similarity-index';
import { SimilarityService, type QueryExtractor } from '../similarity/similarity.service';
import type { TrainingService } from '../training/training.service';

/** What lives as long as the server: the extraction runtime and ingestion. */
export interface AppServices {
  executor: Neo4jExecutor;
  extractor: Extractor;
  ingest: IngestService;
  /** Labels gold spans may carry (the tagger's label set). */
  spanLabels: readonly string[];
  audit: AuditLog;
  /** Text → concepts for `similarCases(text:)`. */
  queryExtractor: QueryExtractor;
  /** Tagger training runs (one at a time, in a worker thread) and the stored taggers. */
  training: TrainingService;
  /** The in-process similarity index (ONTOCASE_SIMILARITY_ENGINE=index); null: Cypher only. */
  similarityIndex?: SimilarityIndex | null;
  /** The in-process ontology (ONTOCASE_ONTOLOGY_ENGINE=memory); null: Cypher only. */
  ontologyMemory?: OntologyMemory | null;
  /** Prometheus metrics, served at /metrics. */
  metrics?: Metrics;
}

export interface RequestContext extends AppServices {
  principal: Principal | null;
  /** Report ids this request read or wrote, for the audit trail. */
  readReportIds: Set<string>;
  roundTrips: RoundTripCounter;
  ontology: ConceptService;
  reports: ReportService;
  repository: ReportRepository;
  similarity: SimilarityService;
  labels: LabelService;
}

/** Neo4j sessions one request may hold at once (aliases of one field run in parallel). */
const SESSIONS_PER_REQUEST = 4;

export function createRequestContext(services: AppServices, principal: Principal | null): RequestContext {
  const roundTrips = new RoundTripCounter();
  const counted = services.executor.counting(roundTrips, SESSIONS_PER_REQUEST);
  const readReportIds = new Set<string>();
  return {
    ...services,
    principal,
    readReportIds,
    executor: counted,
    roundTrips,
    ontology: new ConceptService(counted, new OntologyLoaders(counted), services.ontologyMemory?.current ?? null),
    reports: new ReportService(counted, (ids) => ids.forEach((id) => readReportIds.add(id))),
    repository: new ReportRepository(counted),
    similarity: new SimilarityService(counted, services.similarityIndex),
    labels: new LabelService(counted, lazyDiskLabelSets),
  };
}
