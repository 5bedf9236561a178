/**
 * The in-process similarity index of a server: loaded from the graph in pages, kept
 * current by the ingest hook (each stored report replaces its units), reloaded when the
 * graph's counts show writes made elsewhere (an ontology load, a CLI ingest). While a
 * (re)load runs the previous index keeps serving, and ingests are replayed onto the new one.
 */
import type { CypherRunner } from '../../db/executor';
import { asInt } from '../../db/executor';
import type { StoredReport } from '../../reports/report.record';
import type { Assertion } from '../../shared/core/assertion';
import { CorpusIndex, type IndexedReport } from './corpus-index';
import { OntologyIndex, type OntologyRows } from './ontology-index';
import type { ScoringPool } from './scoring-pool';
import { everyMs } from '../../shared/periodic';

export type SimilarityEngine = 'index' | 'cypher';

/** ONTOCASE_SIMILARITY_ENGINE: `index` (default) or `cypher`. */
export function similarityEngine(env: NodeJS.ProcessEnv = process.env): SimilarityEngine {
  const value = env.ONTOCASE_SIMILARITY_ENGINE ?? 'index';
  if (value !== 'index' && value !== 'cypher') throw new Error(`ONTOCASE_SIMILARITY_ENGINE must be "index" or "cypher", not "${value}"`);
  return value;
}

interface Fingerprint {
  concepts: number;
  isa: number;
  synonyms: number;
  types: number;
  reports: number;
  mentions: number;
}

const fromStored = (report: StoredReport): IndexedReport => ({
  id: report.id,
  modality: report.modality ?? null,
  studyDate: report.studyDate ?? null,
  text: report.text,
  edges: report.concepts.map((c) => ({ conceptId: c.conceptId, assertion: c.assertion })),
});

export class SimilarityIndex {
  private corpus: CorpusIndex | null = null;
  private ontologyPrint: string | null = null;
  private loading: Promise<void> | null = null;
  private replay: StoredReport[][] | null = null;

  constructor(
    private readonly runner: CypherRunner,
    private readonly pageSize = 10_000,
    /** Scoring workers, each fed every change of the index (replicas) in order. */
    readonly scoring: ScoringPool | null = null,
  ) {}

  /** The loaded index, or null before the first load finished. */
  get current(): CorpusIndex | null {
    return this.corpus;
  }

  /** The ingest hook: replaces the stored reports' units (and queues them during a load). */
  readonly onStored = (reports: StoredReport[]): void => {
    this.replay?.push(reports);
    if (this.corpus) this.putAll(this.corpus, reports.map(fromStored));
  };

  private putAll(corpus: CorpusIndex, reports: IndexedReport[]): void {
    for (const report of reports) corpus.put(report);
    this.scoring?.put(corpus, reports);
  }

  /** (Re)loads from the graph; concurrent calls share one load. */
  load(): Promise<void> {
    this.loading ??= this.loadOnce().finally(() => {
      this.loading = null;
      this.replay = null;
    });
    return this.loading;
  }

  /** Reloads when the graph's counts differ from the index's; true when it reloaded. */
  async refreshIfChanged(): Promise<boolean> {
    const [print] = await this.runner.read<Fingerprint>('similarity-index-fingerprint');
    const corpus = this.corpus;
    if (!print || !corpus) return false;
    const same = ontologyKey(print) === this.ontologyPrint && print.reports === corpus.size && print.mentions === corpus.edgeCount;
    if (same) return false;
    await this.load();
    return true;
  }

  /** Checks for outside writes every `ms` (0: never); returns the stop function. */
  watch(ms: number, onError: (error: unknown) => void): () => void {
    return everyMs(ms, () => this.refreshIfChanged(), onError);
  }

  private async loadOnce(): Promise<void> {
    this.replay = [];
    const [print] = await this.runner.read<Fingerprint>('similarity-index-fingerprint');
    const rows = await this.loadOntology();
    const corpus = new CorpusIndex(new OntologyIndex(rows));
    this.scoring?.mirror(corpus, rows);
    try {
      for (let after = ''; ;) {
        const page = await this.runner.read<{
          id: string;
          modality: string | null;
          studyDate: string | null;
          text: string | null;
          edges: [string, Assertion][];
        }>('similarity-index-reports', { after, limit: asInt(this.pageSize) });
        this.putAll(
          corpus,
          page.map((row) => ({ ...row, edges: row.edges.map(([conceptId, assertion]) => ({ conceptId, assertion })) })),
        );
        if (page.length < this.pageSize) break;
        after = page[page.length - 1].id;
      }
    } catch (error) {
      this.scoring?.drop(corpus);
      throw error;
    }
    for (const batch of this.replay ?? []) this.putAll(corpus, batch.map(fromStored));
    const previous = this.corpus;
    this.corpus = corpus;
    if (previous) this.scoring?.drop(previous);
    this.ontologyPrint = print ? ontologyKey(print) : null;
  }

  private async loadOntology(): Promise<OntologyRows> {
    const concepts: { id: string; tuis: string[] }[] = [];
    const isa: [string, string][] = [];
    const synonyms: [string, string][] = [];
    for (let after = ''; ;) {
      const rows = await this.runner.read<{ id: string; tuis: string[]; parents: string[]; synonyms: string[] }>(
        'similarity-index-concepts',
        { after, limit: asInt(this.pageSize) },
      );
      for (const row of rows) {
        concepts.push({ id: row.id, tuis: row.tuis });
        for (const parent of row.parents) isa.push([row.id, parent]);
        for (const other of row.synonyms) synonyms.push([row.id, other]);
      }
      if (rows.length < this.pageSize) break;
      after = (rows[rows.length - 1] as { id: string }).id;
    }
    return { concepts, isa, synonyms };
  }
}

const ontologyKey = (p: Fingerprint): string => `${p.concepts}/${p.isa}/${p.synonyms}/${p.types}`;
