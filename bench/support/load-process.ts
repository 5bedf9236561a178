/**
 * Runs a load job in a child process (load-client.ts) and returns its report: the clients'
 * HTTP work then runs on their own event loop and core time, as a real load generator's
 * would, instead of on the event loop of an API under test in the bench's process.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadJob, LoadReport, OperationResult } from './load-client';
import { securityConfig, type SecurityConfig } from '../../src/security/security-config';

export type { LoadJob, LoadOperation, LoadReport, OperationResult } from './load-client';

export function forkLoad(job: LoadJob): Promise<LoadReport> {
  const child = fork(join(__dirname, 'load-client.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let report: LoadReport | null = null;
    child.once('message', (message) => (report = message as LoadReport));
    child.once('error', reject);
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`the load client exited with code ${code}`))));
    child.send(job);
  });
}

/** "0" or "12 (RATE_LIMITED: 10, HTTP 500: 2)": an error figure that says what the errors were. */
export function errorSummary(result: Pick<OperationResult, 'errors' | 'errorCodes'>): string {
  const codes = Object.entries(result.errorCodes).map(([code, n]) => `${code}: ${n}`);
  return codes.length === 0 ? String(result.errors) : `${result.errors} (${codes.join(', ')})`;
}

/** Every error of a report, for benches that must end with none. */
export const totalErrors = (report: LoadReport): number => report.operations.reduce((n, o) => n + o.errors, 0);

/**
 * Open mode with both rate limits lifted (per key, and per IP before any key): a bench
 * measures the API, not the limiter. Without the IP limit lifted most requests of a
 * loopback bench were cheap 429 refusals counted as answers.
 */
export function openBenchSecurity(): SecurityConfig {
  const unlimited = { perSecond: 1e9, burst: 1e9 };
  return {
    ...securityConfig(),
    keysFile: '/nonexistent/keys.json',
    environmentKeys: undefined,
    rateLimit: unlimited,
    ipRateLimit: unlimited,
  };
}

/** The same for a server process: its environment. */
export const OPEN_BENCH_ENV: Record<string, string> = {
  ONTOCASE_API_KEYS: '',
  ONTOCASE_RATE_LIMIT: '1000000000',
  ONTOCASE_RATE_BURST: '1000000000',
  ONTOCASE_IP_RATE_LIMIT: '1000000000',
  ONTOCASE_IP_RATE_BURST: '1000000000',
};
