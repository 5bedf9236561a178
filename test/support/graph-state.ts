/** Counts and a checksum of every report–concept edge: two graphs with equal states hold the same corpus. */
import { createHash } from 'node:crypto';
import type { CypherRunner } from '../../src/db/executor';

export async function graphState(runner: CypherRunner): Promise<{ stats: Record<string, unknown>; checksum: string }> {
  const [stats] = await runner.read('corpus-stats');
  const edges = await runner.read('corpus-edges');
  return { stats, checksum: createHash('sha256').update(JSON.stringify(edges)).digest('hex') };
}
