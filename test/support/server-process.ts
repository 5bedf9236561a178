/**
 * The real server (`dist/src/cli/start.js`) as a child process on a free port, with all of
 * its stdout and stderr kept — for tests that inspect its logs and benchmarks that read
 * its memory. Pass NEO4J_URI so it uses that database instead of starting its own.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const START = join(ROOT, 'dist', 'src', 'cli', 'start.js');
const READY = /GraphQL API ready at http:\/\/[^\s/]+:(\d+)\/graphql/;

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output(): string;
  stop(): Promise<void>;
}

function launch(env: Record<string, string | undefined>, root = ROOT): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [root === ROOT ? START : join(root, 'dist', 'src', 'cli', 'start.js')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { child, output: () => text };
}

/** Starts the server (this checkout's build, or the one under `root`) and resolves once it prints its URL. */
export function startServerProcess(env: Record<string, string | undefined>, timeoutMs = 180_000, root = ROOT): Promise<ServerProcess> {
  const { child, output } = launch(env, root);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = (): void => {
      const match = READY.exec(output());
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      resolvePromise({
        url: `http://127.0.0.1:${match[1]}`,
        pid: child.pid!,
        output,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`server exited (code ${code}) before it was ready:\n${output()}`));
    };
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Runs the start CLI to its end (for configurations it must refuse). */
export function runServerToExit(
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<{ code: number | null; output: string }> {
  const { child, output } = launch(env);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output: output() });
    });
  });
}

/** Resident memory of a process in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}
