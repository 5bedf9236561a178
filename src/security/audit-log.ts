/**
 * The audit trail: who read which report ids and who ran which mutation, with counts and
 * timings — never report text — and every refused request (who, the operation when known,
 * the error code). Events are buffered and written in batches off the request path; a
 * failed write is logged (counts only) and retried with the next batch. The buffer is
 * bounded (a flood of refusals drops the excess, counted) and, once closed, the log writes
 * what it can once and stops retrying, so shutdown never waits on a dead database.
 */
import { asInt, CypherRunner } from '../db/executor';
import { logger } from '../shared/logger';
import type { Principal } from './roles';

export interface AuditEvent {
  at: string;
  seq: number;
  keyId: string;
  keyName: string;
  role: string;
  operation: string;
  kind: 'QUERY' | 'MUTATION' | 'REFUSED';
  reportIds: string[];
  reportCount: number;
  durationMs: number;
  outcome: 'OK' | 'ERROR';
  errorCodes: string[];
}

/** Who made an audited request: a key's holder, or a caller without a valid key. */
export type AuditSubject = Pick<Principal, 'keyId' | 'name'> & { role: string };

const MAX_IDS_PER_EVENT = 1000;
const MAX_BUFFERED = 10_000;
const FLUSH_MS = 1000;

export class AuditLog {
  private buffer: AuditEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private lastSeq = 0;
  private dropped = 0;
  private closed = false;

  constructor(private readonly runner: CypherRunner) {}

  /** A request refused before or during execution: no ids, no text. */
  refusal(subject: AuditSubject, operation: string | null, code: string): void {
    this.record(subject, {
      operation: operation ?? '(unknown)',
      kind: 'REFUSED',
      reportIds: [],
      durationMs: 0,
      outcome: 'ERROR',
      errorCodes: [code],
    });
  }

  record(principal: AuditSubject, fields: Omit<AuditEvent, 'at' | 'seq' | 'keyId' | 'keyName' | 'role' | 'reportCount'>): void {
    if (this.buffer.length >= MAX_BUFFERED) {
      this.dropped += 1;
      return;
    }
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
    if (!this.closed) this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.dropped > 0) {
      logger.warn('audit events dropped: buffer full', { dropped: this.dropped });
      this.dropped = 0;
    }
    if (this.buffer.length === 0) return;
    const events = this.buffer;
    this.buffer = [];
    try {
      await this.runner.write('audit-insert', { events });
    } catch {
      if (this.closed) return logger.warn('audit events not written at shutdown', { events: events.length });
      logger.warn('audit events not yet written; will retry', { events: events.length });
      this.buffer = [...events, ...this.buffer].slice(0, MAX_BUFFERED);
      this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS * 5);
    }
  }

  /** One last write; afterwards nothing is retried or scheduled. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  async page(first: number, before: number | null, keyName: string | null): Promise<AuditEvent[]> {
    await this.flush();
    const rows = await this.runner.read<{ event: AuditEvent }>('audit-page', { limit: asInt(first), before, keyName });
    return rows.map((row) => row.event);
  }
}
