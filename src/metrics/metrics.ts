/**
 * Prometheus metrics of one server (prom-client, the Node convention): GraphQL requests
 * and latency per operation and outcome, Neo4j round trips, in-process index sizes and
 * reload times, training runs, and Node's own process metrics. Labels carry schema names and
 * error codes only, never report text or ids.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CypherRunner } from '../db/executor';

export type IndexName = 'ontology' | 'similarity';

/** What the size gauges read when scraped. */
export interface IndexSizes {
  ontologyConcepts(): number | null;
  ontologyNames(): number | null;
  similarityReports(): number | null;
}

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'ontocase_graphql_requests_total',
    help: 'GraphQL requests by operation (type and root fields) and outcome (ok or error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'ontocase_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly roundTrips = new Counter({
    name: 'ontocase_neo4j_round_trips_total',
    help: 'Cypher round trips to Neo4j made by GraphQL requests, by operation.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });
  readonly reloads = new Histogram({
    name: 'ontocase_index_reload_duration_seconds',
    help: 'Time to (re)load an in-process index from the graph.',
    labelNames: ['index'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeReload(index: IndexName, seconds: number): void {
    this.reloads.observe({ index }, seconds);
  }

  /** Gauges read at scrape time: index sizes from memory, training runs from the graph. */
  watch(sizes: IndexSizes, runner: CypherRunner): void {
    const setOrRemove = (gauge: Gauge, value: number | null): void => {
      if (value === null) gauge.reset();
      else gauge.set(value);
    };
    new Gauge({
      name: 'ontocase_ontology_concepts',
      help: 'Concepts in the in-process ontology (absent before it is loaded).',
      registers: [this.registry],
      collect() {
        setOrRemove(this, sizes.ontologyConcepts());
      },
    });
    new Gauge({
      name: 'ontocase_ontology_names',
      help: 'Concept names in the in-process ontology (absent before it is loaded).',
      registers: [this.registry],
      collect() {
        setOrRemove(this, sizes.ontologyNames());
      },
    });
    new Gauge({
      name: 'ontocase_similarity_index_reports',
      help: 'Reports in the in-process similarity index (absent before it is loaded).',
      registers: [this.registry],
      collect() {
        setOrRemove(this, sizes.similarityReports());
      },
    });
    new Gauge({
      name: 'ontocase_training_runs',
      help: 'Stored tagger training runs by status.',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        // A scrape while Neo4j is down still answers, without this gauge.
        const rows = await runner.read<{ status: string; runs: number }>('metrics-training-runs').catch(() => null);
        this.reset();
        for (const row of rows ?? []) this.set({ status: row.status }, row.runs);
      },
    });
  }

  /** The text exposition for a scrape. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
