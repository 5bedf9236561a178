/**
 * Leave-one-out retrieval: every report queries all the others, a few queries in flight at
 * once, with progress; then precision@k and kNN-vote label prediction per k.
 */
import { createProgress } from '../../src/shared/progress';
import { longTailLabels, scoreLabels } from './label-metrics';
import { mean, precisionAtK, voteLabels } from './retrieval-metrics';
import type { Method } from './retrievers';

export interface RetrievalScores {
  method: string;
  description: string;
  seconds: number;
  msPerQuery: number;
  queries: number;
  /** Queries with at least one gold label: the ones precision@k is averaged over. */
  queriesWithLabels: number;
  precisionAtK: Record<number, number>;
  vote: Record<number, { macroF1: number; microF1: number; longTailMacroF1: number }>;
}

export async function rankAll(
  ids: readonly string[],
  method: Method,
  k: number,
  concurrency: number,
  quiet = false,
): Promise<Map<string, string[]>> {
  const ranked = new Map<string, string[]>();
  const progress = quiet ? null : createProgress(`Leave-one-out ${method.name}`, ids.length, 'queries');
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next++];
      ranked.set(id, await method.retriever(id, k));
      progress?.update(ranked.size, ranked.size);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  progress?.finish();
  return ranked;
}

/** Scores of one method's rankings against the gold label names of the queries. */
export function scoreRankings(
  ids: readonly string[],
  ranked: ReadonlyMap<string, readonly string[]>,
  golds: ReadonlyMap<string, ReadonlySet<string>>,
  ks: readonly number[],
): Pick<RetrievalScores, 'queries' | 'queriesWithLabels' | 'precisionAtK' | 'vote'> {
  const goldOf = (id: string): ReadonlySet<string> => golds.get(id) ?? new Set<string>();
  const labelled = ids.filter((id) => goldOf(id).size > 0);
  const labels = [...new Set(ids.flatMap((id) => [...goldOf(id)]))].sort();
  const tail = longTailLabels(ids.map(goldOf));
  const precision: Record<number, number> = {};
  const vote: RetrievalScores['vote'] = {};
  for (const k of ks) {
    const neighboursOf = (id: string): ReadonlySet<string>[] => (ranked.get(id) ?? []).map(goldOf);
    precision[k] = mean(labelled.map((id) => precisionAtK(goldOf(id), neighboursOf(id), k)));
    const cases = ids.map((id) => ({ gold: goldOf(id), predicted: voteLabels(neighboursOf(id), k) }));
    const all = scoreLabels(cases, labels);
    vote[k] = { macroF1: all.macroF1, microF1: all.micro.f1, longTailMacroF1: scoreLabels(cases, tail).macroF1 };
  }
  return { queries: ids.length, queriesWithLabels: labelled.length, precisionAtK: precision, vote };
}
