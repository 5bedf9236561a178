/**
 * CPU time of the processes a bench started, read from /proc (Linux; elsewhere nothing): the
 * server's main thread apart from its other threads (is the event loop the bottleneck while a
 * core idles?), and Neo4j's JVM, found among this process's descendants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { statCpuMs } from './proc';

/** A stat file's CPU ms; 0 when it cannot be read (not Linux, or the process is gone). */
const statMs = (path: string): number => statCpuMs(path) ?? 0;

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

const commOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
};

export interface CpuSnapshot {
  serverMain: number;
  serverOther: number;
  neo4j: number;
  bench: number;
}

/** The server's threads (main = the thread whose id is the pid), Neo4j's JVM and this process, cumulative ms. */
export function cpuSnapshot(serverPid: number): CpuSnapshot {
  let serverOther = 0;
  try {
    for (const tid of readdirSync(`/proc/${serverPid}/task`))
      if (Number(tid) !== serverPid) serverOther += statMs(`/proc/${serverPid}/task/${tid}/stat`);
  } catch {
    // not Linux, or the server is gone
  }
  const descendants: number[] = [];
  for (const queue = [process.pid]; queue.length > 0;) {
    for (const child of children(queue.pop()!)) {
      descendants.push(child);
      queue.push(child);
    }
  }
  const neo4j = descendants.filter((pid) => commOf(pid) === 'java').reduce((ms, pid) => ms + statMs(`/proc/${pid}/stat`), 0);
  return {
    serverMain: statMs(`/proc/${serverPid}/task/${serverPid}/stat`),
    serverOther,
    neo4j,
    bench: statMs(`/proc/${process.pid}/stat`),
  };
}

/** "main 0.93, other threads 0.12, Neo4j 0.61, load clients 0.35, bench 0.01 cores": CPU over `seconds` of wall time. */
export function cpuShares(before: CpuSnapshot, after: CpuSnapshot, clientsMs: number, seconds: number): string {
  const cores = (ms: number): string => (ms / 1000 / seconds).toFixed(2);
  return (
    `server main thread ${cores(after.serverMain - before.serverMain)}, server other threads ${cores(after.serverOther - before.serverOther)}, ` +
    `Neo4j ${cores(after.neo4j - before.neo4j)}, load clients ${cores(clientsMs)}, bench ${cores(after.bench - before.bench)} cores`
  );
}
