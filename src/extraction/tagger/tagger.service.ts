/**
 * Stored taggers put to work: list them, activate one, restore the active one at start,
 * tag a text with one. Activation refuses a clearly worse model unless forced (see
 * `activationProblem`), loads and checks the model fully before anything changes, persists the
 * choice, then swaps the extractor's reference — a request sees the old model or the new
 * one, never a half-loaded one. Activations are serialised so the persisted choice and
 * the one in memory cannot disagree.
 */
import type { Extractor } from '../extractor';
import { loadTagger, type OnnxTagger, type TaggedSpan } from './onnx-tagger';
import { BadInputError, ConflictError, NotFoundError } from '../../shared/core/errors';
import { sha256Hex } from '../../shared/core/hash';
import type { ModelRecord } from '../../training/training.record';
import type { StoredModelBytes, TrainingRepository } from '../../training/training.repository';

export type LogLine = (line: string) => void;

/** In-flight requests may still be running the replaced model; release it after this. */
const RETIRE_AFTER_MS = 60_000;

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

  activate(id: string, force = false): Promise<ModelRecord> {
    const next = this.switching.then(() => this.activateNow(id, force));
    this.switching = next.catch(() => undefined);
    return next;
  }

  /** The tagger's own spans on a text (no rules): a stored tagger by id, else the active one. */
  async tagSpans(text: string, taggerId: string | null): Promise<TaggedSpan[]> {
    const active = this.extractor.tagger;
    if (taggerId === null || taggerId === active?.id) {
      if (active === null) throw new ConflictError('No tagger is active; pass taggerId to use a stored one.');
      return (await active.model.tagBatch([text]))[0];
    }
    const stored = await this.repository.modelBytes(taggerId);
    if (stored === null) throw new NotFoundError(`No tagger with id "${taggerId}".`, 'taggerId');
    const bytes = verified(stored);
    if (bytes === null) throw new ConflictError(`Tagger "${taggerId}" fails its checksum; it cannot be used.`);
    const model = await this.load(bytes);
    try {
      return (await model.tagBatch([text]))[0];
    } finally {
      await model.dispose();
    }
  }

  private async activateNow(id: string, force: boolean): Promise<ModelRecord> {
    const stored = await this.repository.modelBytes(id);
    if (stored === null) throw new NotFoundError(`No tagger with id "${id}".`, 'id');
    if (!force) {
      const models = await this.repository.models();
      const problem = activationProblem(models.find((m) => m.id === id) ?? null, models.find((m) => m.active) ?? null);
      if (problem !== null) throw new BadInputError('force', `${problem} Pass force: true to activate it anyway.`);
    }
    const bytes = verified(stored);
    if (bytes === null) throw new ConflictError(`Tagger "${id}" fails its checksum; it cannot be activated.`);
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
      log(
        `Active tagger ${stored.id} could not be loaded (${error instanceof Error ? error.name : 'error'}); extraction runs on rules only.`,
      );
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

const MIN_DEV_F1 = 0.5;
const MAX_DEV_F1_DROP = 0.02;

/**
 * Why activating `candidate` in place of `active` is refused without force: its dev
 * micro-F1 is unknown, below MIN_DEV_F1, or more than MAX_DEV_F1_DROP below the active
 * tagger's. Null when it may go ahead. Pure.
 */
export function activationProblem(candidate: ModelRecord | null, active: ModelRecord | null): string | null {
  if (candidate === null || active?.id === candidate.id) return null;
  const f1 = candidate.metrics?.micro.f1;
  if (f1 === undefined) return `Tagger "${candidate.id}" has no dev micro-F1 (trained without a dev set).`;
  if (f1 < MIN_DEV_F1) return `Tagger "${candidate.id}" has dev micro-F1 ${f1.toFixed(3)}, below the minimum ${MIN_DEV_F1}.`;
  const current = active?.metrics?.micro.f1;
  if (current !== undefined && f1 < current - MAX_DEV_F1_DROP) {
    return `Tagger "${candidate.id}" has dev micro-F1 ${f1.toFixed(3)}, more than ${MAX_DEV_F1_DROP} below the active tagger "${active!.id}" (${current.toFixed(3)}).`;
  }
  return null;
}

/** The model's bytes when they match the recorded checksum, else null. */
function verified(stored: StoredModelBytes): Uint8Array | null {
  if (typeof stored.bytes !== 'string' || typeof stored.sha256 !== 'string') return null;
  const bytes = new Uint8Array(Buffer.from(stored.bytes, 'base64'));
  return sha256Hex(bytes) === stored.sha256 ? bytes : null;
}
