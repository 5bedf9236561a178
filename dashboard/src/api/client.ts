/** POSTs GraphQL to /graphql with the stored key as a Bearer token; errors become ApiError. */
import { storedKey } from './api-key';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }

  get needsKey(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.status === 401;
  }
}

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const key = storedKey();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The API cannot be reached. Is the server running?', 'NETWORK', 0);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL body.`, 'BAD_RESPONSE', response.status);
  }
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    const more = body.errors.length > 1 ? ` (and ${body.errors.length - 1} more)` : '';
    throw new ApiError(`${first.message}${more}`, first.extensions?.code, response.status);
  }
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`, 'BAD_RESPONSE', response.status);
  return body.data;
}
