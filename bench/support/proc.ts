/**
 * CPU time and memory of processes and threads, read from /proc (Linux): a bench watching the
 * Neo4j JVM, a build's CLI it started or its own threads. Null when the process is gone or /proc is absent.
 */
import { readFileSync } from 'node:fs';

/** USER_HZ, the unit of utime/stime in /proc stat files, is 100 on every Linux we run. */
const MS_PER_TICK = 10;

/** User + system CPU ms in a /proc stat file (a process's or one thread's: /proc/<pid>/task/<tid>/stat). */
export function statCpuMs(path: string): number | null {
  try {
    const stat = readFileSync(path, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number | null {
  const ms = statCpuMs(`/proc/${pid}/stat`);
  return ms === null ? null : ms / 1000;
}

/** Resident memory now and its peak so far (VmRSS, VmHWM), in bytes. */
export function residentMemory(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    const memory = { rss: kib('VmRSS'), peak: kib('VmHWM') };
    // An exited process not yet reaped (a zombie) has no Vm lines.
    return Number.isFinite(memory.rss) && Number.isFinite(memory.peak) ? memory : null;
  } catch {
    return null;
  }
}
