/**
 * Pads ragged per-document feature ids into the model input `feature_ids`
 * int64 [batch, tokens, slots]; padding (missing tokens and slots) is id 0.
 */
import type { FeatureIds } from './features';

export interface FeatureTensor {
  readonly data: BigInt64Array;
  readonly dims: readonly [number, number, number];
}

function slotsOf(doc: FeatureIds): number {
  let max = 0;
  for (let t = 0; t + 1 < doc.offsets.length; t++) max = Math.max(max, doc.offsets[t + 1] - doc.offsets[t]);
  return max;
}

export function featureTensor(docs: readonly FeatureIds[]): FeatureTensor {
  const tokens = Math.max(1, ...docs.map((d) => d.offsets.length - 1));
  const slots = Math.max(1, ...docs.map(slotsOf));
  const data = new BigInt64Array(docs.length * tokens * slots);
  docs.forEach((doc, b) => {
    for (let t = 0; t + 1 < doc.offsets.length; t++) {
      const at = (b * tokens + t) * slots;
      for (let s = doc.offsets[t]; s < doc.offsets[t + 1]; s++) data[at + s - doc.offsets[t]] = BigInt(doc.ids[s]);
    }
  });
  return { data, dims: [docs.length, tokens, slots] };
}

/**
 * Groups documents (in order) so that each padded input stays under `maxCells`
 * batch × tokens × slots entries; a document larger than that goes alone.
 */
export function chunkByCells(docs: readonly FeatureIds[], maxCells: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let maxT = 0;
  let maxS = 0;
  docs.forEach((doc, i) => {
    const t = Math.max(maxT, doc.offsets.length - 1);
    const s = Math.max(maxS, slotsOf(doc));
    if (current.length > 0 && (current.length + 1) * Math.max(1, t) * Math.max(1, s) > maxCells) {
      chunks.push(current);
      current = [];
      maxT = doc.offsets.length - 1;
      maxS = slotsOf(doc);
    } else {
      maxT = t;
      maxS = s;
    }
    current.push(i);
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}
