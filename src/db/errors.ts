/** Maps driver failures to the typed errors the API reports. */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('The database is unavailable; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
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
