/**
 * One place shapes errors: known, coded errors pass through; anything else becomes a
 * generic internal error with a reference, logged by name only (messages can carry data).
 */
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { logger } from '../util/logger';

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
  const reference = randomUUID();
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const name = original instanceof Error ? original.name : typeof original;
  logger.error('internal error', { reference, error: name, path: formatted.path?.join('.') });
  if (process.env.ONTOCASE_DEBUG_ERRORS === '1' && original instanceof Error) {
    logger.error('internal error detail', { reference, detail: original.stack ?? original.message });
  }
  return {
    message: `Internal server error (reference ${reference}).`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
}
