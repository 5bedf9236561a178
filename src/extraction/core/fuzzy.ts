/**
 * Near-miss linking for single words ("pnuemothorax", "effusoin", "cardiomegally").
 * Candidates come from an inverted index of '#'-padded character trigrams over the
 * dictionary's vocabulary, restricted to similar lengths, so a lookup touches only words
 * sharing trigrams — never the whole dictionary. Trigram Dice alone punishes
 * transpositions in short words ("effusoin" vs "effusion" is only 0.6), so each candidate
 * is scored as max(trigram Dice, 1 − OSA edit distance / longer length); the best score at
 * or above the threshold is returned and becomes the mention's confidence (exact = 1).
 */

export interface FuzzyOptions {
  /** Minimum final similarity to accept a near miss. */
  threshold: number;
  /** Words shorter than this are never fuzzy-matched (too many accidental neighbours). */
  minLength: number;
  /**
   * Dictionary words shorter than this are never fuzzy targets: one edit turns ordinary
   * words into short terms ("place" → "plate", "trace" → "trach").
   */
  minTargetLength: number;
  /** Candidate words may differ in length by at most this much. */
  maxLengthDelta: number;
  /** Trigram Dice needed to be considered at all (cheap pre-filter). */
  candidateDice: number;
}

export const DEFAULT_FUZZY: FuzzyOptions = { threshold: 0.75, minLength: 5, minTargetLength: 6, maxLengthDelta: 2, candidateDice: 0.34 };

export interface FuzzyHit {
  word: string;
  score: number;
}

export function trigrams(word: string): string[] {
  const padded = `#${word}#`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** Optimal string alignment distance (Levenshtein + adjacent transposition). */
export function osaDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

export class TrigramIndex {
  private readonly words: string[] = [];
  private readonly gramCounts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private counts = new Int32Array(0);
  private readonly cache = new Map<string, FuzzyHit | null>();

  constructor(
    vocabulary: Iterable<string>,
    private readonly options: FuzzyOptions = DEFAULT_FUZZY,
  ) {
    for (const w of vocabulary) {
      if (w.length < options.minTargetLength || !/^[a-z]+$/.test(w)) continue;
      const id = this.words.length;
      const grams = trigrams(w);
      this.words.push(w);
      this.gramCounts.push(grams.length);
      this.lengths.push(w.length);
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(id);
        else this.postings.set(g, [id]);
      }
    }
    this.counts = new Int32Array(this.words.length);
  }

  get size(): number {
    return this.words.length;
  }

  /** Best vocabulary word for `word`, or null. Results are cached (reports repeat typos). */
  lookup(word: string): FuzzyHit | null {
    if (word.length < this.options.minLength) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const hit = this.search(word);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, hit);
    return hit;
  }

  private search(word: string): FuzzyHit | null {
    const { maxLengthDelta, candidateDice, threshold } = this.options;
    const grams = trigrams(word);
    // Count shared trigrams over the query's postings only (each a few hundred ids even
    // for a 600k-word vocabulary: padding is one '#', so no gram is "first letter only").
    const touched: number[] = [];
    for (const g of grams) {
      for (const id of this.postings.get(g) ?? []) {
        if (Math.abs(this.lengths[id] - word.length) > maxLengthDelta) continue;
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id] = this.counts[id] + 1;
      }
    }
    let best: FuzzyHit | null = null;
    for (const id of touched) {
      const common = this.counts[id];
      this.counts[id] = 0;
      const dice = (2 * common) / (grams.length + this.gramCounts[id]);
      const cand = this.words[id];
      if (dice < candidateDice || cand === word) continue;
      const edit = 1 - osaDistance(word, cand) / Math.max(word.length, cand.length);
      const score = Math.max(dice, edit);
      if (score >= threshold && (best === null || score > best.score || (score === best.score && cand < best.word))) {
        best = { word: cand, score: Math.round(score * 1000) / 1000 };
      }
    }
    return best;
  }
}
