/** Closed-loop mixed traffic: each client sends the next operation when the last returns; latencies per operation. */
import { performance } from 'node:perf_hooks';
import { percentile } from './load';

export interface Operation {
  name: string;
  /** The GraphQL request for the client's i-th call. */
  request(i: number): { query: string; variables: Record<string, unknown> };
}

export interface OperationFigures {
  name: string;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
}

export async function runMixedLoad(
  url: string,
  operations: Operation[],
  clients: number,
  durationMs: number,
): Promise<{ seconds: number; perSecond: number; byOperation: OperationFigures[] }> {
  const latencies = operations.map(() => [] as number[]);
  const errors = operations.map(() => 0);
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i += clients) {
        const k = i % operations.length;
        const t0 = performance.now();
        let ok: boolean;
        try {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(operations[k].request(i)),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          ok = response.status === 200 && !body.errors;
        } catch {
          ok = false;
        }
        latencies[k].push(performance.now() - t0);
        if (!ok) errors[k] += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const total = latencies.reduce((n, l) => n + l.length, 0);
  return {
    seconds,
    perSecond: total / seconds,
    byOperation: operations.map((operation, k) => {
      const sorted = latencies[k].sort((a, b) => a - b);
      return { name: operation.name, requests: sorted.length, errors: errors[k], p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    }),
  };
}
