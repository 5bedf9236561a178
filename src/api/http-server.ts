/**
 * The HTTP front: GraphQL at /graphql through Apollo, /health for probes, the dashboard's
 * static files at /, a body size limit, and JSON errors for everything that never reaches
 * GraphQL.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { RateDecision } from '../security/rate-limiter';
import type { Principal } from '../security/roles';
import type { RequestContext } from './context';
import type { StaticFiles } from './static-files';

export interface HttpOptions {
  apollo: ApolloServer<RequestContext>;
  context: (principal: Principal | null) => Promise<RequestContext>;
  /** null key: none sent. Returns the caller, null (anonymous) or 'invalid' (unknown or revoked key). */
  authenticate: (key: string | null) => Principal | null | 'invalid';
  rateLimit: (caller: string) => RateDecision;
  corsOrigins: Set<string>;
  health: () => Promise<{ healthy: boolean; body: Record<string, unknown> }>;
  bodyLimitBytes: number;
  /** The Prometheus exposition at /metrics, for any valid key (every caller in open mode). */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** The built dashboard; absent: only /graphql and /health answer. */
  staticFiles?: StaticFiles;
}

class PayloadTooLarge extends Error {}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function errorBody(message: string, code: string): unknown {
  return { errors: [{ message, extensions: { code } }] };
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new PayloadTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        reject(new PayloadTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function apiKeyOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && /^bearer\s+/i.test(header)) return header.replace(/^bearer\s+/i, '').trim();
  const key = req.headers['x-api-key'];
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : null;
}

/** Adds CORS headers for allowed origins; true when the request was a preflight, now answered. */
function handleCors(req: IncomingMessage, res: ServerResponse, allowed: Set<string>): boolean {
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

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  if (handleCors(req, res, options.corsOrigins)) return;
  const principal = options.authenticate(apiKeyOf(req));
  if (principal === 'invalid') {
    return sendJson(res, 401, errorBody('The API key is unknown or revoked.', 'UNAUTHENTICATED'));
  }
  const decision = options.rateLimit(principal ? `key:${principal.keyId}` : `ip:${req.socket.remoteAddress ?? '?'}`);
  if (!decision.allowed) {
    return sendJson(res, 429, errorBody(`Rate limit exceeded; retry in ${decision.retryAfterSeconds} s.`, 'RATE_LIMITED'), {
      'retry-after': String(decision.retryAfterSeconds),
    });
  }
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req, options.bodyLimitBytes);
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      return sendJson(res, 400, errorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: () => options.context(principal),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

async function handleMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpOptions,
  render: () => Promise<{ contentType: string; body: string }>,
): Promise<void> {
  const principal = options.authenticate(apiKeyOf(req));
  if (principal === null || principal === 'invalid') {
    return sendJson(res, 401, errorBody('Metrics need a valid API key.', 'UNAUTHENTICATED'));
  }
  const { contentType, body } = await render();
  res.writeHead(200, { 'content-type': contentType });
  res.end(body);
}

export function createHttpServer(options: HttpOptions): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const work = async (): Promise<void> => {
      if (path === '/graphql') return handleGraphQL(req, res, options);
      if (path === '/health') {
        const { healthy, body } = await options.health();
        return sendJson(res, healthy ? 200 : 503, body);
      }
      if (path === '/metrics' && options.metrics) return handleMetrics(req, res, options, options.metrics);
      if (options.staticFiles && (await options.staticFiles.handle(req, res, path))) return;
      sendJson(res, 404, errorBody(`Nothing at ${path}; GraphQL is at /graphql.`, 'NOT_FOUND'));
    };
    work().catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof PayloadTooLarge) {
        return sendJson(res, 413, errorBody(`The request body exceeds ${options.bodyLimitBytes} bytes.`, 'PAYLOAD_TOO_LARGE'));
      }
      sendJson(res, 500, errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
    });
  });
}
