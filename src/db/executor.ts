/**
 * The one place that owns driver sessions: named statements, read/write routing, sessions
 * closed in `finally`, round trips counted, driver failures mapped to API errors.
 */
import { Sema } from 'async-sema';
import neo4j, { Driver, isRetriableError, ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { cypher } from './cypher';
import { isUnavailable, translateDriverError } from './errors';

export type Params = Record<string, unknown>;

/** JavaScript numbers travel as floats; LIMIT, SKIP and ranges need real integers. */
export function asInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
export type Row = Record<string, unknown>;

/** Counts Cypher round trips; the per-request counters feed the API's instrumentation. */
export class RoundTripCounter {
  count = 0;
}

export interface CypherRunner {
  read<T = Row>(name: string, params?: Params): Promise<T[]>;
  write<T = Row>(name: string, params?: Params): Promise<T[]>;
  writeAll(steps: { name: string; params: Params }[]): Promise<void>;
  writeTx<T>(work: (run: <R = Row>(name: string, params?: Params) => Promise<R[]>) => Promise<T>): Promise<T>;
}

export function createDriver(connection: Neo4jConnection): Driver {
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : neo4j.auth.basic(connection.user, 'unused');
  return neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    // Fail fast when the database is down rather than retrying for the default 30 s.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 1_000,
    userAgent: 'ontocase',
  });
}

/**
 * The driver retries transient errors (deadlocks included) for maxTransactionRetryTime,
 * kept short so an outage fails fast; concurrent writers on the same nodes can deadlock
 * for longer than that, so a write that still fails with a transient error other than
 * an outage is run again a few times, after a random pause.
 */
const WRITE_ATTEMPTS = 6;
const pause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * 2 ** attempt));

export class Neo4jExecutor implements CypherRunner {
  constructor(
    readonly driver: Driver,
    private readonly database?: string,
    private readonly counters: RoundTripCounter[] = [],
    private readonly sessions: Sema | null = null,
  ) {}

  /**
   * A view that also counts into `counter` (one per GraphQL request) and holds at most
   * `maxSessions` sessions at once, so one request cannot take the whole connection pool.
   */
  counting(counter: RoundTripCounter, maxSessions?: number): Neo4jExecutor {
    const sessions = maxSessions === undefined ? this.sessions : new Sema(maxSessions);
    return new Neo4jExecutor(this.driver, this.database, [...this.counters, counter], sessions);
  }

  read<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.run('READ', (tx) => this.runInTx<T>(tx, name, params));
  }

  write<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.run('WRITE', (tx) => this.runInTx<T>(tx, name, params));
  }

  /**
   * One write transaction whose statements depend on each other's rows: `work` runs named
   * statements through `run` (retried as a whole on transient errors, like every write).
   */
  writeTx<T>(work: (run: <R = Row>(name: string, params?: Params) => Promise<R[]>) => Promise<T>): Promise<T> {
    return this.run('WRITE', (tx) => work((name, params = {}) => this.runInTx(tx, name, params)));
  }

  /** Several named statements in one write transaction: all or nothing. */
  writeAll(steps: { name: string; params: Params }[]): Promise<void> {
    return this.run('WRITE', async (tx) => {
      for (const step of steps) await this.runInTx(tx, step.name, step.params);
    });
  }

  /** Raw statement text for the schema and admin utilities, never built from user input. */
  async runStatement(statement: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      this.countRoundTrip();
      await session.run(statement, params);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async runInTx<T>(tx: ManagedTransaction, name: string, params: Params): Promise<T[]> {
    this.countRoundTrip();
    const result = await tx.run(cypher(name), params);
    return result.records.map((record) => record.toObject() as T);
  }

  private countRoundTrip(): void {
    for (const counter of this.counters) counter.count += 1;
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.sessions?.acquire();
    try {
      if (mode === 'READ') return await this.runOnce(mode, work);
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.runOnce(mode, work);
        } catch (error) {
          if (attempt >= WRITE_ATTEMPTS || !isRetriableError(error) || isUnavailable(error)) throw translateDriverError(error);
          await pause(attempt);
        }
      }
    } finally {
      this.sessions?.release();
    }
  }

  private async runOnce<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw mode === 'READ' ? translateDriverError(error) : error;
    } finally {
      await session.close();
    }
  }
}
