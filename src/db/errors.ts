/** Maps driver failures to the domain's errors (src/api/errors.ts gives them their codes). */
import { Neo4jError } from 'neo4j-driver';
import { UnavailableError } from '../shared/core/errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export class DatabaseUnavailableError extends UnavailableError {
  constructor() {
    super('database', 'The database is unavailable; try again shortly.');
  }
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
  }
  // A pool exhausted for connectionAcquisitionTimeout is a busy database, not a bug.
  return error instanceof Error && /ECONNREFUSED|connect ECONNRESET|Pool is closed|acquisition timed out/i.test(error.message);
}

export function translateDriverError(error: unknown): unknown {
  return isUnavailable(error) ? new DatabaseUnavailableError() : error;
}
