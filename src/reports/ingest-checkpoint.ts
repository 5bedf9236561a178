/** Where a bulk ingest got to, so a re-run resumes after the last committed batch. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

// Kept under the project, not beside the input: inputs may live on read-only storage.
const CHECKPOINT_DIR = join(PROJECT_ROOT, '.ontocase', 'ingest-checkpoints');

interface Checkpoint {
  size: number;
  mtimeMs: number;
  recordsDone: number;
}

export class IngestCheckpoint {
  readonly path: string;
  private readonly identity: { size: number; mtimeMs: number };

  constructor(source: string) {
    const key = createHash('sha256').update(resolve(source)).digest('hex').slice(0, 20);
    this.path = join(CHECKPOINT_DIR, `${key}.json`);
    const stat = statSync(source);
    this.identity = { size: stat.size, mtimeMs: stat.mtimeMs };
  }

  /** Records already stored by an earlier run of the same, unchanged file. */
  resumeFrom(): number {
    if (!existsSync(this.path)) return 0;
    try {
      const saved = JSON.parse(readFileSync(this.path, 'utf8')) as Checkpoint;
      const same = saved.size === this.identity.size && saved.mtimeMs === this.identity.mtimeMs;
      return same && Number.isInteger(saved.recordsDone) ? saved.recordsDone : 0;
    } catch {
      return 0;
    }
  }

  save(recordsDone: number): void {
    mkdirSync(CHECKPOINT_DIR, { recursive: true });
    writeFileSync(this.path, JSON.stringify({ ...this.identity, recordsDone }));
  }

  clear(): void {
    rmSync(this.path, { force: true });
  }
}
