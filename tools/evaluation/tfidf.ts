/**
 * TF-IDF cosine similarity between texts, the classic lexical baseline. Pure.
 * tf = raw term count; idf(t) = ln((1 + N) / (1 + df(t))) + 1 (smoothed, as scikit-learn);
 * each document vector is L2-normalised, so the score is the dot product (cosine).
 */
import { tokenize } from '../../src/similarity/lexical/lucene-query';

export interface Neighbour {
  id: string;
  score: number;
}

type Vector = Map<string, number>;

export class TfIdfIndex {
  private readonly vectors = new Map<string, Vector>();
  /** Inverted index term → documents holding it, for the dot products. */
  private readonly postings = new Map<string, string[]>();

  constructor(documents: readonly { id: string; text: string }[]) {
    const counts = documents.map((doc) => {
      const tf = new Map<string, number>();
      for (const term of tokenize(doc.text)) tf.set(term, (tf.get(term) ?? 0) + 1);
      return { id: doc.id, tf };
    });
    const df = new Map<string, number>();
    for (const { tf } of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const n = documents.length;
    for (const { id, tf } of counts) {
      const vector: Vector = new Map([...tf].map(([term, count]) => [term, count * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1)]));
      const norm = Math.sqrt([...vector.values()].reduce((s, v) => s + v * v, 0));
      if (norm > 0) for (const [term, v] of vector) vector.set(term, v / norm);
      this.vectors.set(id, vector);
      for (const term of vector.keys()) {
        const list = this.postings.get(term);
        if (list) list.push(id);
        else this.postings.set(term, [id]);
      }
    }
  }

  /** Cosine of two indexed documents (0 when either is unknown). */
  similarity(a: string, b: string): number {
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    if (!va || !vb) return 0;
    let dot = 0;
    for (const [term, v] of va) dot += v * (vb.get(term) ?? 0);
    return dot;
  }

  /** The k most similar other documents, score desc then id asc; only scores > 0. */
  neighbours(id: string, k: number): Neighbour[] {
    const query = this.vectors.get(id);
    if (!query) throw new Error(`No document with id "${id}" in the TF-IDF index.`);
    const scores = new Map<string, number>();
    for (const [term, weight] of query) {
      for (const other of this.postings.get(term) ?? []) {
        if (other !== id) scores.set(other, (scores.get(other) ?? 0) + weight * (this.vectors.get(other)?.get(term) ?? 0));
      }
    }
    return [...scores]
      .filter(([, score]) => score > 0)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, k)
      .map(([other, score]) => ({ id: other, score }));
  }
}
