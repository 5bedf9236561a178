/**
 * OnnxTagger: runs an exported tagger with onnxruntime-node. The model bytes carry the
 * label map and hashing config (metadata_props), so inference needs nothing else. One
 * session is reused; many texts are tokenized, featurized, padded into a few batched runs,
 * and decoded with BIO-constrained Viterbi and the model's transition scores, then the
 * model's abbreviation rule.
 */
import { readFile } from 'node:fs/promises';
import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { decodeDocument } from './core/decode';
import type { AbbreviationRule } from './core/abbreviation-spans';
import { configuredProviders, createSession, consoleLogger, type TaggerLogger } from './execution-providers';
import { featurize } from './core/features';
import { chunkByCells, featureTensor } from './core/feature-tensor';
import { readMetadataProps } from './onnx/onnx-metadata';
import { tokenize } from './core/tokens';
import type { DecoderScores } from './core/viterbi';
import { decoderScores, METADATA_KEY, parseMetadata, type TaggerMetadata } from './core/weights';

export interface TaggedSpan {
  /** character offsets (UTF-16 code units), end exclusive */
  readonly start: number;
  readonly end: number;
  readonly label: string;
  /** geometric mean of the decoded tags' probabilities over the span */
  readonly confidence: number;
}

export interface LoadOptions {
  readonly logger?: TaggerLogger;
  /** cap on batch × tokens × slots per run (bounds the Gather output's memory) */
  readonly maxCellsPerRun?: number;
  /** silence onnxruntime's own log when a non-CPU provider is tried (see createSession) */
  readonly quietRuntimeLog?: boolean;
}

export class OnnxTagger {
  private constructor(
    private readonly session: InferenceSession,
    readonly metadata: TaggerMetadata,
    readonly executionProvider: string,
    private readonly maxCells: number,
    private readonly scores: DecoderScores = decoderScores(metadata),
    private readonly rule: AbbreviationRule = metadata.abbreviationRule ?? 'none',
  ) {}

  static async load(model: Uint8Array | string, providers: readonly string[], options: LoadOptions = {}): Promise<OnnxTagger> {
    const bytes = typeof model === 'string' ? new Uint8Array(await readFile(model)) : model;
    const json = readMetadataProps(bytes).get(METADATA_KEY);
    if (json === undefined) throw new Error(`tagger model has no "${METADATA_KEY}" metadata`);
    const metadata = parseMetadata(json);
    const { session, provider } = await createSession(bytes, providers, options.logger ?? consoleLogger, options.quietRuntimeLog ?? true);
    return new OnnxTagger(session, metadata, provider, options.maxCellsPerRun ?? 1 << 19);
  }

  get labels(): readonly string[] {
    return this.metadata.labels;
  }

  /** Spans per text, in input order. */
  async tagBatch(texts: readonly string[]): Promise<TaggedSpan[][]> {
    const tokens = texts.map(tokenize);
    const features = tokens.map((t) => featurize(t, this.metadata.hashing));
    const results: TaggedSpan[][] = texts.map(() => []);
    const tagCount = this.metadata.tags.length;
    for (const chunk of chunkByCells(features, this.maxCells)) {
      const input = featureTensor(chunk.map((i) => features[i]));
      const out = await this.session.run({ feature_ids: new Tensor('int64', input.data, [...input.dims]) }, ['logits']);
      const logits = out['logits'].data as Float32Array;
      const width = input.dims[1];
      chunk.forEach((docIndex, b) => {
        const toks = tokens[docIndex];
        results[docIndex] = decodeDocument(toks, logits, b * width * tagCount, tagCount, this.scores, this.rule).map((s) => ({
          start: toks[s.start].start,
          end: toks[s.end - 1].end,
          label: this.metadata.labels[s.label],
          confidence: s.confidence,
        }));
      });
    }
    return results;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}

/** Loads a tagger; providers default to ORT_EXECUTION_PROVIDERS (e.g. "cuda,cpu"), else cuda,cpu on a visible GPU, else cpu. */
export function loadTagger(model: Uint8Array | string, providers?: readonly string[], options?: LoadOptions): Promise<OnnxTagger> {
  return OnnxTagger.load(model, providers ?? configuredProviders(), options);
}
