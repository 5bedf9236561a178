/**
 * Accumulates rows and writes them with one named UNWIND statement per batch, each batch in
 * its own transaction, so a failed batch leaves nothing half-written. Statements may return
 * `matched` (rows whose endpoints exist); the rest are counted as skipped. A writer whose
 * rows refer to another writer's nodes flushes that one first (`dependsOn`).
 */
import type { CypherRunner } from '../../db/executor';

export class BatchWriter<T> {
  private rows: T[] = [];
  written = 0;
  matched = 0;

  constructor(
    private readonly runner: CypherRunner,
    private readonly statement: string,
    private readonly batchSize: number,
    private readonly dependsOn?: BatchWriter<unknown>,
  ) {}

  get skipped(): number {
    return this.written - this.matched;
  }

  async add(row: T): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    await this.dependsOn?.flush();
    const rows = this.rows;
    this.rows = [];
    const result = await this.runner.write<{ matched?: number }>(this.statement, { rows });
    this.written += rows.length;
    this.matched += result.length > 0 && typeof result[0].matched === 'number' ? result[0].matched : rows.length;
  }
}
