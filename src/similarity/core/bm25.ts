/**
 * BM25 as Lucene 9's BM25Similarity computes it (the scores of Neo4j's full-text index), for
 * the in-process lexical index. Pure. Lucene works in 32-bit floats; `Math.fround` keeps the
 * same roundings so equal documents tie as they do there.
 *
 *   idf   = ln(1 + (N − n + 0.5) / (n + 0.5))           N documents with the field, n with the term
 *   score = Σ_terms boost · idf · tf / (tf + k1 · (1 − b + b · dl / avgdl))   (no (k1 + 1) factor)
 *
 * dl is the field length (tokens after stop words) stored lossily in one byte, as Lucene's
 * norms are (SmallFloat.intToByte4): exact below 24, then 4 significant bits.
 */
const f = Math.fround;

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Lengths below this are stored exactly: 255 − intToByte4's largest code for a 31-bit int. */
const FREE_VALUES = 24;

function longToInt4(i: number): number {
  const bits = 32 - Math.clz32(i);
  if (bits < 4) return i;
  const shift = bits - 4;
  return ((i >>> shift) & 0x07) | ((shift + 1) << 3);
}

function int4ToLong(code: number): number {
  const bits = code & 0x07;
  const shift = (code >>> 3) - 1;
  return shift === -1 ? bits : (bits | 0x08) * 2 ** shift;
}

/** SmallFloat.intToByte4: a field length as its one-byte norm (0..255). */
export function encodeLength(length: number): number {
  return length < FREE_VALUES ? length : FREE_VALUES + longToInt4(length - FREE_VALUES);
}

/** SmallFloat.byte4ToInt: the length a norm stands for (a lower bound of the true length). */
export function decodeLength(norm: number): number {
  return norm < FREE_VALUES ? norm : FREE_VALUES + int4ToLong(norm - FREE_VALUES);
}

export function bm25Idf(documentCount: number, documentFrequency: number): number {
  return f(Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}

/** Per norm byte: 1 / (k1 · (1 − b + b · dl / avgdl)), as Lucene caches it per query. */
export function inverseNorms(averageLength: number): Float32Array {
  const avgdl = f(averageLength);
  const cache = new Float32Array(256);
  for (let i = 0; i < 256; i += 1) cache[i] = f(1 / f(BM25_K1 * f(f(1 - BM25_B) + f(f(BM25_B * decodeLength(i)) / avgdl))));
  return cache;
}

/** One term's score in one document: weight = boost · idf, written as Lucene's BM25Scorer does. */
export function termScore(weight: number, tf: number, inverseNorm: number): number {
  return f(weight - f(weight / f(1 + f(tf * inverseNorm))));
}
