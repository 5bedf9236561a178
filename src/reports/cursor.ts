/** Opaque page cursors: the last report id, base64url-encoded. */
import { GraphQLError } from 'graphql';

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id === '' || encodeCursor(id) !== cursor) {
    throw new GraphQLError('after is not a cursor returned by this API', { extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  }
  return id;
}
