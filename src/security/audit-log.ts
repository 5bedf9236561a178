/**
 * The audit trail: who read which report ids and who ran which mutation, with counts and
 * timings — never report text. Events are buffered and written in batches off the
 * request path; a failed write is logged (ids only) and retried with the next batch.
 */
import { asInt, CypherRunner } from '../db/executor';
import { logger } from '../util/logger';
import type { Principal } from './roles';

export interface AuditEvent {
  at: string;
  seq: number;
  keyId: string;
  keyName: string;
  role: string;
  operation: string;
  kind: 'QUERY' | 'MUTATION';
  reportIds: string[];
  reportCount: number;
  durationMs: number;
  outcome: 'OK' | 'ERROR';
  errorCodes: string[];
}

const MAX_IDS_PER_EVENT = 1000;
const FLUSH_MS = 1000;

export class AuditLog {
  private buffer: AuditEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private lastSeq = 0;

  constructor(private readonly runner: CypherRunner) {}

  record(principal: Principal, fields: Omit<AuditEvent, 'at' | 'seq' | 'keyId' | 'keyName' | 'role' | 'reportCount'>): void {
    const now = Date.now();
    // Strictly increasing within the process: the page cursor.
    this.lastSeq = Math.max(this.lastSeq + 1, now * 1000);
    this.buffer.push({
      ...fields,
      at: new Date(now).toISOString(),
      seq: this.lastSeq,
      keyId: principal.keyId,
      keyName: principal.name,
      role: principal.role,
      reportIds: fields.reportIds.slice(0, MAX_IDS_PER_EVENT),
      reportCount: fields.reportIds.length,
    });
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.buffer.length === 0) return;
    const events = this.buffer;
    this.buffer = [];
    try {
      await this.runner.write('audit-insert', { events });
    } catch {
      logger.warn('audit events not yet written; will retry', { events: events.length });
      this.buffer = [...events, ...this.buffer];
      this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS * 5);
    }
  }

  async page(first: number, before: number | null, keyName: string | null): Promise<AuditEvent[]> {
    await this.flush();
    const rows = await this.runner.read<{ event: AuditEvent }>('audit-page', { limit: asInt(first), before, keyName });
    return rows.map((row) => row.event);
  }
}
