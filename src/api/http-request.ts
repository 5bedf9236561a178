/** Reading an HTTP request for GraphQL: the body within its limit, the API key, CORS, the document. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class PayloadTooLarge extends Error {}

/**
 * The body as text; past `limit` bytes the rest is read and dropped (not reset), so the
 * client — chunked uploads included — gets its 413 answer.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new PayloadTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.removeListener('data', collect);
      chunks.length = 0;
      req.resume();
      reject(new PayloadTooLarge());
    };
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function apiKeyOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && /^bearer\s+/i.test(header)) return header.replace(/^bearer\s+/i, '').trim();
  const key = req.headers['x-api-key'];
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : null;
}

/** Adds CORS headers for allowed origins; true when the request was a preflight, now answered. */
export function handleCors(req: IncomingMessage, res: ServerResponse, allowed: Set<string>): boolean {
  const origin = req.headers.origin;
  const permitted = typeof origin === 'string' && allowed.has(origin);
  if (permitted) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (permitted) {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type, authorization, x-api-key, apollo-require-preflight',
      'access-control-max-age': '600',
    });
  } else res.writeHead(403);
  res.end();
  return true;
}

/** The document and operation name of a GET (query string) or POST (JSON body) request. */
export function documentOf(body: unknown, search: URLSearchParams): { query: string; operationName: string | null } | null {
  const source = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : Object.fromEntries(search);
  const { query, operationName } = source;
  if (typeof query !== 'string') return null;
  return { query, operationName: typeof operationName === 'string' && operationName !== '' ? operationName : null };
}
