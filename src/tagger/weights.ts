/**
 * The parameters of the window tagger and the metadata that travels with them in the
 * exported ONNX model (`metadata_props`, key `METADATA_KEY`, JSON value).
 *
 * logits = act(Σ_slots E[id]) · W1 + b1) · W2 + b2, row-major float32 matrices.
 */
import { HASH_ALGORITHM, type HashingConfig } from './features';
import { TOKENIZER_ID } from './tokens';

export type Activation = 'tanh' | 'relu';

export interface TaggerWeights {
  readonly buckets: number;
  readonly embeddingDim: number;
  readonly hiddenDim: number;
  readonly tagCount: number;
  readonly activation: Activation;
  /** [buckets × embeddingDim]; row 0 (padding) stays zero. */
  readonly embeddings: Float32Array;
  /** [embeddingDim × hiddenDim] */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** [hiddenDim × tagCount] */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

export const METADATA_KEY = 'ontocase.tagger';
export const METADATA_FORMAT = 'ontocase-tagger/1';

export interface TaggerMetadata {
  readonly format: string;
  readonly tokenizer: string;
  readonly hashAlgorithm: string;
  readonly hashing: HashingConfig;
  readonly labels: readonly string[];
  readonly tags: readonly string[];
  readonly activation: Activation;
}

export function buildMetadata(hashing: HashingConfig, labels: readonly string[], tags: readonly string[], activation: Activation): TaggerMetadata {
  return { format: METADATA_FORMAT, tokenizer: TOKENIZER_ID, hashAlgorithm: HASH_ALGORITHM, hashing, labels, tags, activation };
}

/** Parses and checks metadata read from a model; refuses models this code cannot featurize. */
export function parseMetadata(json: string): TaggerMetadata {
  const meta = JSON.parse(json) as Partial<TaggerMetadata>;
  const expect = (ok: boolean, what: string): void => {
    if (!ok) throw new Error(`tagger model metadata: ${what}`);
  };
  expect(meta.format === METADATA_FORMAT, `format must be "${METADATA_FORMAT}", got "${String(meta.format)}"`);
  expect(meta.tokenizer === TOKENIZER_ID, `tokenizer "${String(meta.tokenizer)}" is not "${TOKENIZER_ID}"`);
  expect(meta.hashAlgorithm === HASH_ALGORITHM, `hashAlgorithm "${String(meta.hashAlgorithm)}" is not "${HASH_ALGORITHM}"`);
  expect(Array.isArray(meta.labels) && Array.isArray(meta.tags), 'labels and tags must be arrays');
  expect(meta.tags!.length === 1 + 2 * meta.labels!.length, 'tags must be O plus B-/I- per label');
  const h = meta.hashing;
  expect(h !== undefined && Number.isInteger(h.buckets) && h.buckets >= 2, 'hashing.buckets must be an integer >= 2');
  return meta as TaggerMetadata;
}
