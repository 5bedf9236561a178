/** The similarity index, its (re)loads timed for the metrics; the index itself unchanged. */
import type { CypherRunner } from '../db/executor';
import { SimilarityIndex } from '../similarity/memory/similarity-index';
import type { ScoringPool } from '../similarity/memory/scoring-pool';

export class TimedSimilarityIndex extends SimilarityIndex {
  private timed: Promise<void> | null = null;

  constructor(
    runner: CypherRunner,
    private readonly observe: (seconds: number) => void,
    scoring: ScoringPool | null = null,
  ) {
    super(runner, undefined, scoring);
  }

  /** Concurrent calls share one load, and it is observed once. */
  override load(): Promise<void> {
    const loading = super.load();
    if (loading !== this.timed) {
      this.timed = loading;
      const started = process.hrtime.bigint();
      loading.then(() => this.observe(Number(process.hrtime.bigint() - started) / 1e9)).catch(() => undefined);
    }
    return loading;
  }
}
