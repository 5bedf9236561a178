/**
 * The parameters of the token tagger and the metadata that travels with them in the
 * exported ONNX model (`metadata_props`, key `METADATA_KEY`, JSON value).
 *
 *   hidden_t  = act(Σ_slots E[id] · W1 + b1)                         (window model)
 *   context_t = hidden_t + act(Σ_{o=−r..r} hidden_{t+o} Wc_o + bc)    (sequence model, r > 0)
 *   logits_t  = context_t · W2 + b2
 * plus learned tag-transition scores used by the Viterbi decoder. Row-major float32.
 */
import { ABBREVIATION_RULES, type AbbreviationRule } from './abbreviation-spans';
import { HASH_ALGORITHM, type HashingConfig } from './features';
import { TOKENIZER_ID } from './tokens';

export type Activation = 'tanh' | 'relu';

export interface TaggerWeights {
  readonly buckets: number;
  readonly embeddingDim: number;
  readonly hiddenDim: number;
  readonly tagCount: number;
  readonly activation: Activation;
  /** r: the convolution sees tokens t−r..t+r; 0 = no context layer (the window model) */
  readonly contextWidth: number;
  /** [buckets × embeddingDim]; row 0 (padding) stays zero. */
  readonly embeddings: Float32Array;
  /** [embeddingDim × hiddenDim] */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** [(2r+1) × hiddenDim(in) × hiddenDim(out)]; empty when r = 0 */
  readonly wc: Float32Array;
  /** [hiddenDim]; empty when r = 0 */
  readonly bc: Float32Array;
  /** [hiddenDim × tagCount] */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  /** [tagCount × tagCount]: score of moving from tag i to tag j */
  readonly transitions: Float32Array;
  /** [tagCount]: score of starting with a tag */
  readonly startScores: Float32Array;
}

export const METADATA_KEY = 'ontocase.tagger';
const METADATA_FORMAT = 'ontocase-tagger/1';

export interface TaggerMetadata {
  readonly format: string;
  readonly tokenizer: string;
  readonly hashAlgorithm: string;
  readonly hashing: HashingConfig;
  readonly labels: readonly string[];
  readonly tags: readonly string[];
  readonly activation: Activation;
  /** learned decoder scores; absent in models from before they existed (then all 0) */
  readonly transitions?: readonly number[];
  readonly startScores?: readonly number[];
  /** decode-time abbreviation rule (abbreviation-spans.ts); absent = none */
  readonly abbreviationRule?: AbbreviationRule;
}

export function buildMetadata(
  hashing: HashingConfig,
  labels: readonly string[],
  tags: readonly string[],
  activation: Activation,
  abbreviationRule: AbbreviationRule = 'none',
): TaggerMetadata {
  // Written only when on, so models without the rule keep their bytes.
  const rule = abbreviationRule === 'none' ? {} : { abbreviationRule };
  return { format: METADATA_FORMAT, tokenizer: TOKENIZER_ID, hashAlgorithm: HASH_ALGORITHM, hashing, labels, tags, activation, ...rule };
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
  const k = meta.tags!.length;
  expect(
    meta.transitions === undefined || (Array.isArray(meta.transitions) && meta.transitions.length === k * k),
    `transitions must be ${k}×${k} numbers`,
  );
  expect(
    meta.startScores === undefined || (Array.isArray(meta.startScores) && meta.startScores.length === k),
    `startScores must be ${k} numbers`,
  );
  expect(
    meta.abbreviationRule === undefined || ABBREVIATION_RULES.includes(meta.abbreviationRule),
    `abbreviationRule must be one of ${ABBREVIATION_RULES.join(', ')}`,
  );
  const h = meta.hashing;
  expect(h !== undefined && Number.isInteger(h.buckets) && h.buckets >= 2, 'hashing.buckets must be an integer >= 2');
  expect(
    h!.lexicon === undefined || (Array.isArray(h!.lexicon) && h!.lexicon.every((t) => typeof t === 'string')),
    'hashing.lexicon must be an array of strings',
  );
  return meta as TaggerMetadata;
}

/** The decoder's transition scores of a model (zeros for models without learned ones). */
export function decoderScores(meta: TaggerMetadata): { transitions: Float32Array; startScores: Float32Array } {
  const k = meta.tags.length;
  return {
    transitions: meta.transitions === undefined ? new Float32Array(k * k) : Float32Array.from(meta.transitions),
    startScores: meta.startScores === undefined ? new Float32Array(k) : Float32Array.from(meta.startScores),
  };
}
