/**
 * Retrieval quality from ranked neighbours' gold labels. Pure.
 *
 * precision@k: of the k ranked slots, the share holding a neighbour that shares at least one
 *   gold label with the query; a slot left empty (fewer than k neighbours scored > 0) is a miss.
 * kNN vote: k = 1 predicts the nearest neighbour's labels (the paper's rule); k > 1 predicts the
 *   labels held by a strict majority of the k slots (more than k / 2; empty slots vote no).
 */

export function precisionAtK(query: ReadonlySet<string>, neighbours: readonly ReadonlySet<string>[], k: number): number {
  if (k < 1) throw new Error('k must be at least 1');
  let hits = 0;
  for (const labels of neighbours.slice(0, k)) if ([...labels].some((label) => query.has(label))) hits += 1;
  return hits / k;
}

export function voteLabels(neighbours: readonly ReadonlySet<string>[], k: number): Set<string> {
  if (k < 1) throw new Error('k must be at least 1');
  const top = neighbours.slice(0, k);
  if (k === 1) return new Set(top[0] ?? []);
  const votes = new Map<string, number>();
  for (const labels of top) for (const label of labels) votes.set(label, (votes.get(label) ?? 0) + 1);
  return new Set([...votes].filter(([, n]) => n > k / 2).map(([label]) => label));
}

/** Mean of the values, 0 for none. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * The precision@k a random ranking has in expectation (any k): the mean, over queries with a
 * gold label, of the share of the other reports that share one with the query.
 */
export function randomPrecision(golds: readonly ReadonlySet<string>[]): number {
  if (golds.length < 2) return 0;
  const shares: number[] = [];
  golds.forEach((query, q) => {
    if (query.size === 0) return;
    let sharing = 0;
    golds.forEach((other, o) => {
      if (o !== q && [...other].some((label) => query.has(label))) sharing += 1;
    });
    shares.push(sharing / (golds.length - 1));
  });
  return mean(shares);
}
