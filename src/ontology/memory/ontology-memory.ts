/**
 * The in-process ontology of a server: concepts, names, is-a and semantic types loaded from
 * the graph in pages, reloaded when the graph's ontology fingerprint changes (a load by this
 * or another process: every load stamps the graph). While a reload runs the previous
 * snapshot keeps serving; before the first load finished, Cypher answers.
 */
import { asInt, type CypherRunner } from '../../db/executor';
import type { ConceptRecord } from '../concept.record';
import { NameIndex, type NameRow } from './name-index';
import { OntologyGraph, type GraphConceptRow } from './ontology-graph';
import { everyMs } from '../../shared/periodic';

export type OntologyEngine = 'memory' | 'cypher';

/** ONTOCASE_ONTOLOGY_ENGINE: `memory` (default) or `cypher` (the reference). */
export function ontologyEngine(env: NodeJS.ProcessEnv = process.env): OntologyEngine {
  const value = env.ONTOCASE_ONTOLOGY_ENGINE ?? 'memory';
  if (value !== 'memory' && value !== 'cypher') throw new Error(`ONTOCASE_ONTOLOGY_ENGINE must be "memory" or "cypher", not "${value}"`);
  return value;
}

export interface OntologySnapshot {
  graph: OntologyGraph;
  names: NameIndex;
}

interface Fingerprint {
  stamp: string | null;
  concepts: number;
  names: number;
  isa: number;
  types: number;
}

const keyOf = (p: Fingerprint): string => `${p.stamp ?? '-'}/${p.concepts}/${p.names}/${p.isa}/${p.types}`;

export class OntologyMemory {
  private snapshot: OntologySnapshot | null = null;
  private print: string | null = null;
  private loading: Promise<void> | null = null;
  private readonly listeners: ((snapshot: OntologySnapshot, seconds: number) => void)[] = [];

  constructor(
    private readonly runner: CypherRunner,
    private readonly pageSize = 10_000,
  ) {}

  /** The loaded ontology, or null before the first load finished. */
  get current(): OntologySnapshot | null {
    return this.snapshot;
  }

  /** Called after every (re)load with the new snapshot and how long the load took. */
  onReload(listener: (snapshot: OntologySnapshot, seconds: number) => void): void {
    this.listeners.push(listener);
  }

  /** (Re)loads from the graph; concurrent calls share one load. */
  load(): Promise<void> {
    this.loading ??= this.loadOnce().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Reloads when the graph's ontology fingerprint differs from the loaded one; true when it did. */
  async refreshIfChanged(): Promise<boolean> {
    const [print] = await this.runner.read<Fingerprint>('ontology-fingerprint');
    if (!print || (this.snapshot !== null && keyOf(print) === this.print)) return false;
    await this.load();
    return true;
  }

  /** Checks the fingerprint every `ms` (0: never); returns the stop function. */
  watch(ms: number, onError: (error: unknown) => void): () => void {
    return everyMs(ms, () => this.refreshIfChanged(), onError);
  }

  private async loadOnce(): Promise<void> {
    const started = process.hrtime.bigint();
    // Read first: a load that lands while the pages are read shows up at the next check.
    const [print] = await this.runner.read<Fingerprint>('ontology-fingerprint');
    const concepts: GraphConceptRow[] = [];
    await this.pages<{ concept: ConceptRecord; parents: string[] }>(
      'ontology-memory-concepts',
      (row) => row.concept.id,
      (row) => concepts.push(row),
    );
    const graph = new OntologyGraph(concepts);
    const names: NameRow[] = [];
    await this.pages<{ key: string; text: string | null; norm: string; preferred: boolean; conceptIds: string[] }>(
      'ontology-memory-names',
      (row) => row.key,
      (row) =>
        names.push({
          text: row.text ?? '',
          norm: row.norm,
          preferred: row.preferred,
          concepts: row.conceptIds.map((id) => graph.position(id)).filter((at): at is number => at !== undefined),
        }),
    );
    const snapshot = { graph, names: new NameIndex(names, (at) => graph.at(at)) };
    this.snapshot = snapshot;
    this.print = print ? keyOf(print) : null;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    for (const listener of this.listeners) listener(snapshot, seconds);
  }

  private async pages<T>(statement: string, keyOf: (row: T) => string, take: (row: T) => void): Promise<void> {
    for (let after = ''; ;) {
      const rows = await this.runner.read<T>(statement, { after, limit: asInt(this.pageSize) });
      rows.forEach(take);
      if (rows.length < this.pageSize) return;
      after = keyOf(rows[rows.length - 1]);
    }
  }
}
