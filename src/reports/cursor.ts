/** Opaque page cursors: the last report id, base64url-encoded. */
import { BadInputError } from '../shared/core/errors';

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id === '' || encodeCursor(id) !== cursor) {
    throw new BadInputError('after', 'after is not a cursor returned by this API');
  }
  return id;
}
