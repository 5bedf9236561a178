/** The error codes a client may see for bad input; anything else (INTERNAL_SERVER_ERROR) is a bug. */
import assert from 'node:assert/strict';
import type { GraphQLResponse } from '../../support/api-client';

const INPUT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
]);

/** Data, or errors that all carry a known code; never a 500. */
export function assertCodedAnswer(response: { status: number; errors?: GraphQLResponse['errors'] }, what: string): void {
  assert.ok(response.status < 500, `${what}: HTTP ${response.status} ${JSON.stringify(response.errors)}`);
  for (const error of response.errors ?? []) {
    assert.ok(INPUT_ERROR_CODES.has(String(error.extensions?.code)), `${what}: ${JSON.stringify(error)}`);
  }
}

export async function postRaw(
  url: string,
  body: Buffer | string,
): Promise<{ status: number; errors?: GraphQLResponse['errors']; data?: any }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  return { status: response.status, ...(text ? (JSON.parse(text) as object) : {}) };
}
