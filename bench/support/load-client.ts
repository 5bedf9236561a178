/**
 * The load generator, run as its own process (`forkLoad` in load-process.ts): closed-loop
 * clients — each sends its next request when the last returns — over keep-alive
 * connections, operations in rotation, request bodies built beforehand by the parent.
 * Kept out of the server's process so the clients' work never runs on the event loop it
 * measures. A response is an error unless it is HTTP 200 with no `errors` in the body;
 * errors are counted by their code so a refusal (429, …) cannot pass for a fast answer.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './load';

export interface LoadOperation {
  name: string;
  /** Ready JSON bodies, used in turn. */
  bodies: string[];
}

export interface LoadJob {
  url: string;
  clients: number;
  durationMs: number;
  operations: LoadOperation[];
  headers?: Record<string, string>;
}

export interface OperationResult {
  name: string;
  requests: number;
  errors: number;
  /** Error count by code (the GraphQL code, or `HTTP <status>`, or the socket error). */
  errorCodes: Record<string, number>;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface LoadReport {
  seconds: number;
  perSecond: number;
  /** CPU time of the load-client process over the run (user + system), ms. */
  cpuMs: number;
  operations: OperationResult[];
}

interface Answer {
  status: number;
  body: string;
}

function post(agent: Agent, url: URL, body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** null when the answer is a success, otherwise the code it failed with. */
function failure(answer: Answer): string | null {
  let parsed: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    return `HTTP ${answer.status} (no JSON)`;
  }
  const code = parsed.errors?.[0]?.extensions?.code;
  if (parsed.errors && parsed.errors.length > 0) return typeof code === 'string' ? code : 'UNCODED';
  return answer.status === 200 ? null : `HTTP ${answer.status}`;
}

export async function runLoadJob(job: LoadJob): Promise<LoadReport> {
  const url = new URL('/graphql', job.url);
  const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
  const latencies = job.operations.map(() => [] as number[]);
  const codes = job.operations.map(() => new Map<string, number>());
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + job.durationMs;
  await Promise.all(
    Array.from({ length: job.clients }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i += job.clients) {
        const k = i % job.operations.length;
        const { bodies } = job.operations[k];
        const body = bodies[Math.floor(i / job.operations.length) % bodies.length];
        const t0 = performance.now();
        const code = await post(agent, url, body, job.headers ?? {}).then(
          failure,
          (error: NodeJS.ErrnoException) => error.code ?? 'SOCKET',
        );
        latencies[k].push(performance.now() - t0);
        if (code !== null) codes[k].set(code, (codes[k].get(code) ?? 0) + 1);
      }
    }),
  );
  agent.destroy();
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  const total = latencies.reduce((n, l) => n + l.length, 0);
  return {
    seconds,
    perSecond: total / seconds,
    cpuMs: (cpu.user + cpu.system) / 1000,
    operations: job.operations.map((operation, k) => {
      const sorted = latencies[k].sort((a, b) => a - b);
      const errorCodes = Object.fromEntries(codes[k]);
      return {
        name: operation.name,
        requests: sorted.length,
        errors: Object.values(errorCodes).reduce((n, c) => n + c, 0),
        errorCodes,
        perSecond: sorted.length / seconds,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
      };
    }),
  };
}

// As a forked child: one job in, its report out, then exit.
if (require.main === module) {
  process.once('message', (job: LoadJob) => {
    runLoadJob(job).then(
      (report) => process.send!(report, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
