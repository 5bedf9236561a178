/** Examples → tokens, hashed features and BIO tags; documents → flat token batches. */
import { spansToTags, type Span } from '../../extraction/tagger/core/bio';
import { featurize, type FeatureIds, type HashingConfig } from '../../extraction/tagger/core/features';
import { tokenize, type Token } from '../../extraction/tagger/core/tokens';
import type { TokenBatch } from './network';

export interface TrainingExample {
  readonly reportId: string;
  readonly text: string;
  readonly spans: readonly Span[];
}

export interface EncodedDocument {
  readonly reportId: string;
  readonly tokens: readonly Token[];
  readonly features: FeatureIds;
  readonly tags: Int32Array;
}

export function encodeExample(example: TrainingExample, labels: readonly string[], hashing: HashingConfig): EncodedDocument {
  const tokens = tokenize(example.text);
  return {
    reportId: example.reportId,
    tokens,
    features: featurize(tokens, hashing),
    tags: spansToTags(tokens, example.spans, labels),
  };
}

/** Documents back to back as one batch of tokens, with their gold tags. */
export function joinDocuments(docs: readonly EncodedDocument[]): { batch: TokenBatch; gold: Int32Array } {
  let tokens = 0;
  let slots = 0;
  for (const d of docs) {
    tokens += d.tokens.length;
    slots += d.features.ids.length;
  }
  const ids = new Int32Array(slots);
  const offsets = new Int32Array(tokens + 1);
  const gold = new Int32Array(tokens);
  const docStarts = new Int32Array(docs.length + 1);
  let t = 0;
  let s = 0;
  docs.forEach((d, i) => {
    docStarts[i] = t;
    ids.set(d.features.ids, s);
    gold.set(d.tags, t);
    for (let i = 1; i <= d.tokens.length; i++) offsets[t + i] = s + d.features.offsets[i];
    t += d.tokens.length;
    s += d.features.ids.length;
  });
  docStarts[docs.length] = t;
  return { batch: { ids, offsets, tokens, docStarts }, gold };
}

export function tagCounts(docs: readonly EncodedDocument[], tagCount: number): number[] {
  const counts = new Array<number>(tagCount).fill(0);
  for (const d of docs) for (const tag of d.tags) counts[tag]++;
  return counts;
}
