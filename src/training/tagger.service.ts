/**
 * Stored taggers put to work: list them, activate one, restore the active one at start.
 * Activation loads and checks the model fully before anything changes, persists the
 * choice, then swaps the extractor's reference — a request sees the old model or the new
 * one, never a half-loaded one. Activations are serialised so the persisted choice and
 * the one in memory cannot disagree.
 */
import { createHash } from 'node:crypto';
import type { Extractor } from '../reports/extractor';
import { loadTagger, type OnnxTagger } from '../tagger';
import { conflict, notFound } from './graphql-errors';
import type { ModelRecord } from './training.record';
import type { StoredModelBytes, TrainingRepository } from './training.repository';

export type LogLine = (line: string) => void;

/** In-flight requests may still be running the replaced model; release it after this. */
const RETIRE_AFTER_MS = 60_000;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class TaggerService {
  private switching: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repository: TrainingRepository,
    private readonly extractor: Extractor,
    private readonly load: (bytes: Uint8Array) => Promise<OnnxTagger> = (bytes) => loadTagger(bytes),
  ) {}

  list(): Promise<ModelRecord[]> {
    return this.repository.models();
  }

  async byId(id: string): Promise<ModelRecord | null> {
    const [model] = await this.repository.modelsByIds([id]);
    return model ?? null;
  }

  activate(id: string): Promise<ModelRecord> {
    const next = this.switching.then(() => this.activateNow(id));
    this.switching = next.catch(() => undefined);
    return next;
  }

  private async activateNow(id: string): Promise<ModelRecord> {
    const stored = await this.repository.modelBytes(id);
    if (stored === null) throw notFound('tagger', id);
    const bytes = verified(stored);
    if (bytes === null) throw conflict(`Tagger "${id}" fails its checksum; it cannot be activated.`);
    const model = await this.load(bytes);
    try {
      await this.repository.activate(id);
    } catch (error) {
      await model.dispose();
      throw error;
    }
    this.swap(id, model);
    return (await this.byId(id))!;
  }

  /** At start: the persisted active tagger, if it loads and checks; otherwise rules only. */
  async restore(log: LogLine): Promise<string | null> {
    const stored = await this.repository.activeModel();
    if (stored === null) return null;
    const bytes = verified(stored);
    if (bytes === null) {
      log(`Active tagger ${stored.id} fails its checksum; extraction runs on rules only.`);
      return null;
    }
    try {
      this.swap(stored.id, await this.load(bytes));
    } catch (error) {
      log(`Active tagger ${stored.id} could not be loaded (${error instanceof Error ? error.name : 'error'}); extraction runs on rules only.`);
      return null;
    }
    return stored.id;
  }

  private swap(id: string, model: OnnxTagger): void {
    const previous = this.extractor.setTagger({ id, model });
    if (previous !== null && previous.model !== model) {
      setTimeout(() => void previous.model.dispose().catch(() => undefined), RETIRE_AFTER_MS).unref();
    }
  }
}

/** The model's bytes when they match the recorded checksum, else null. */
function verified(stored: StoredModelBytes): Uint8Array | null {
  if (typeof stored.bytes !== 'string' || typeof stored.sha256 !== 'string') return null;
  const bytes = new Uint8Array(Buffer.from(stored.bytes, 'base64'));
  return sha256(bytes) === stored.sha256 ? bytes : null;
}
