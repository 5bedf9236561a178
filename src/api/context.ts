/**
 * Per-request context: a round-trip-counting view of the executor and fresh DataLoaders,
 * created for each GraphQL request (on first use) and dropped with it; process-wide
 * services are shared.
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

/**
 * The per-request services are built on first use: most requests touch one or two of
 * them, and building all of them (five DataLoaders, a session semaphore, five services)
 * was a measurable share of a cheap request. Each is built at most once per request, so
 * the ontology snapshot is still taken once and a reload mid-request cannot mix two.
 * The getters live on the prototype and the memo in a plain object: Apollo runs each
 * request on a copy of the context's own properties (which would call own getters).
 */
class RequestScope implements RequestContext {
  declare readonly extractor: AppServices['extractor'];
  declare readonly ingest: AppServices['ingest'];
  declare readonly spanLabels: AppServices['spanLabels'];
  declare readonly audit: AppServices['audit'];
  declare readonly queryExtractor: AppServices['queryExtractor'];
  declare readonly training: AppServices['training'];
  declare readonly similarityIndex: AppServices['similarityIndex'];
  declare readonly ontologyMemory: AppServices['ontologyMemory'];
  declare readonly metrics: AppServices['metrics'];
  readonly roundTrips = new RoundTripCounter();
  readonly readReportIds = new Set<string>();
  private readonly built: {
    executor?: Neo4jExecutor;
    ontology?: ConceptService;
    reports?: ReportService;
    repository?: ReportRepository;
    similarity?: SimilarityService;
    labels?: LabelService;
  } = {};
  private readonly shared: Neo4jExecutor;

  constructor(
    services: AppServices,
    readonly principal: Principal | null,
  ) {
    const { executor, ...rest } = services;
    Object.assign(this, rest);
    this.shared = executor;
  }

  get executor(): Neo4jExecutor {
    return (this.built.executor ??= this.shared.counting(this.roundTrips, SESSIONS_PER_REQUEST));
  }

  get ontology(): ConceptService {
    return (this.built.ontology ??= new ConceptService(
      this.executor,
      new OntologyLoaders(this.executor),
      this.ontologyMemory?.current ?? null,
    ));
  }

  get reports(): ReportService {
    const { readReportIds } = this;
    return (this.built.reports ??= new ReportService(
      this.executor,
      (ids) => ids.forEach((id) => readReportIds.add(id)),
      this.similarityIndex?.current ?? null,
    ));
  }

  get repository(): ReportRepository {
    return (this.built.repository ??= new ReportRepository(this.executor));
  }

  get similarity(): SimilarityService {
    return (this.built.similarity ??= new SimilarityService(this.executor, this.similarityIndex));
  }

  get labels(): LabelService {
    return (this.built.labels ??= new LabelService(this.executor, lazyDiskLabelSets));
  }
}

export function createRequestContext(services: AppServices, principal: Principal | null): RequestContext {
  return new RequestScope(services, principal);
}
