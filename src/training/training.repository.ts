/** Reads and writes training runs and tagger models; every statement is a cypher/ file. */
import { asInt, type Neo4jExecutor } from '../db/executor';
import type { ExampleRow, SpanSource } from './examples';
import type { SplitRecord } from './core/split';
import type { SpanMetrics } from './core/metrics';
import {
  toModelRecord,
  toRunRecord,
  type ModelRecord,
  type RunConfig,
  type RunProgress,
  type RunRecord,
  type RunStatus,
} from './training.record';

export interface NewModel {
  id: string;
  name: string;
  loss: string;
  params: RunConfig;
  labelSet: readonly string[];
  metrics: SpanMetrics | null;
  /** base64 of the ONNX bytes */
  bytes: string;
  sha256: string;
  sizeBytes: number;
}

export interface StoredModelBytes {
  id: string;
  bytes: string;
  sha256: string;
}

const now = (): string => new Date().toISOString();

export class TrainingRepository {
  constructor(private readonly runner: Neo4jExecutor) {}

  exampleRows(sources: readonly SpanSource[]): Promise<ExampleRow[]> {
    return this.runner.read<ExampleRow>('training-examples', { gold: sources.includes('GOLD'), rules: sources.includes('RULES') });
  }

  /** Names and synonyms of the concepts with one of `tuis`, lower-cased and distinct, at most `limit`. */
  async lexiconTerms(tuis: readonly string[], limit: number): Promise<string[]> {
    const rows = await this.runner.read<{ term: string }>('training-lexicon', { tuis: [...tuis], limit: asInt(limit) });
    return rows.map((r) => r.term);
  }

  async createRun(id: string, config: RunConfig, split: SplitRecord, examples: number, spans: number): Promise<RunRecord> {
    const [row] = await this.runner.write<{ run: Record<string, unknown> }>('training-run-create', {
      id,
      name: config.name,
      config: JSON.stringify(config),
      split: JSON.stringify(split),
      examples: asInt(examples),
      spans: asInt(spans),
      now: now(),
    });
    return toRunRecord(row.run);
  }

  async markRunning(id: string): Promise<boolean> {
    return (await this.runner.write('training-run-start', { id, now: now() })).length > 0;
  }

  async saveProgress(id: string, progress: RunProgress): Promise<void> {
    await this.runner.write('training-run-progress', { id, progress: JSON.stringify(progress) });
  }

  /** The run's SUCCEEDED status and its model, in one statement (see the cypher file). */
  async succeed(runId: string, model: NewModel, progress: RunProgress | null): Promise<boolean> {
    const params = {
      runId,
      now: now(),
      progress: progress === null ? null : JSON.stringify(progress),
      model: {
        ...model,
        params: JSON.stringify(model.params),
        metrics: model.metrics === null ? null : JSON.stringify(model.metrics),
        labelSet: [...model.labelSet],
        sizeBytes: asInt(model.sizeBytes),
      },
    };
    return (await this.runner.write('training-run-succeed', params)).length > 0;
  }

  async finish(id: string, status: Extract<RunStatus, 'FAILED' | 'CANCELLED'>, error: string | null): Promise<boolean> {
    return (await this.runner.write('training-run-finish', { id, status, error, now: now() })).length > 0;
  }

  async interruptUnfinished(reason: string): Promise<string[]> {
    const rows = await this.runner.write<{ id: string }>('training-runs-interrupt', { reason, now: now() });
    return rows.map((r) => r.id);
  }

  async runsByIds(ids: readonly string[]): Promise<(RunRecord | null)[]> {
    const rows = await this.runner.read<{ run: Record<string, unknown> }>('training-runs-by-ids', { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.run.id as string, toRunRecord(r.run)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async runsPage(first: number, after: string | null): Promise<{ runs: RunRecord[]; hasNextPage: boolean }> {
    const rows = await this.runner.read<{ run: Record<string, unknown> }>('training-runs-page', { after, limit: asInt(first + 1) });
    return { runs: rows.slice(0, first).map((r) => toRunRecord(r.run)), hasNextPage: rows.length > first };
  }

  async models(): Promise<ModelRecord[]> {
    return (await this.runner.read<{ model: Record<string, unknown> }>('tagger-models')).map((r) => toModelRecord(r.model));
  }

  async modelsByIds(ids: readonly string[]): Promise<(ModelRecord | null)[]> {
    const rows = await this.runner.read<{ model: Record<string, unknown> }>('tagger-models-by-ids', { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.model.id as string, toModelRecord(r.model)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async modelBytes(id: string): Promise<StoredModelBytes | null> {
    const [row] = await this.runner.read<StoredModelBytes>('tagger-model-bytes', { id });
    return row ?? null;
  }

  async activeModel(): Promise<StoredModelBytes | null> {
    const [row] = await this.runner.read<StoredModelBytes>('tagger-active');
    return row ?? null;
  }

  /** Exactly one active model afterwards: both statements in one transaction. */
  async activate(id: string): Promise<void> {
    await this.runner.writeAll([
      { name: 'tagger-deactivate-all', params: {} },
      { name: 'tagger-activate', params: { id, now: now() } },
    ]);
  }
}
