/**
 * The HTTP front: GraphQL at /graphql through Apollo, /health for probes, the dashboard's
 * static files at /, and JSON errors for everything that never reaches GraphQL.
 *
 * A GraphQL request passes, cheapest first: the per-IP rate, the key (scrypt off the event
 * loop), in keyed mode a refusal of callers without one, the per-caller rate, the body
 * limit, the document's structural limits (linear), a slot among the caller's requests in
 * flight — and only then Apollo's parse, validation, cost check and execution. Every
 * refusal is coded, and audited without any request text.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { CallerSlots } from '../security/caller-slots';
import type { RateDecision } from '../security/rate-limiter';
import type { Principal } from '../security/roles';
import type { RequestContext } from './context';
import type { DocumentCheck } from './document-gate';
import { apiKeyOf, documentOf, handleCors, PayloadTooLarge, readBody } from './http-request';
import type { StaticFiles } from './static-files';

/** A refused request: who (key id, or the IP of a caller without a valid key), what, why. */
interface RefusedRequest {
  keyId: string;
  name: string;
  role: string;
  operation: string | null;
  code: string;
}

export interface HttpOptions {
  apollo: ApolloServer<RequestContext>;
  context: (principal: Principal | null) => Promise<RequestContext>;
  /** null key: none sent. Returns the caller, null (anonymous), 'invalid' (unknown or revoked key) or 'busy'. */
  authenticate: (key: string | null) => Promise<Principal | null | 'invalid' | 'busy'>;
  ipRateLimit: (ip: string) => RateDecision;
  rateLimit: (caller: string) => RateDecision;
  slots: CallerSlots;
  /** The document's structural check (checkDocument, or a cached one). */
  checkDocument: DocumentCheck;
  refused: (request: RefusedRequest) => void;
  corsOrigins: Set<string>;
  health: () => Promise<{ healthy: boolean; body: Record<string, unknown> }>;
  bodyLimitBytes: number;
  /** The Prometheus exposition at /metrics, for any valid key (every caller in open mode). */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** The built dashboard; absent: only /graphql and /health answer. */
  staticFiles?: StaticFiles;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function errorBody(message: string, code: string): unknown {
  return { errors: [{ message, extensions: { code } }] };
}

const rateLimited = (res: ServerResponse, seconds: number, message = `Rate limit exceeded; retry in ${seconds} s.`): void =>
  sendJson(res, 429, errorBody(message, 'RATE_LIMITED'), { 'retry-after': String(seconds) });

/** The claimed key id of a malformed or unknown key, for the audit (never the secret). */
const claimedKeyId = (key: string): string => /^oc_([a-z0-9]{8})_/.exec(key)?.[1] ?? 'malformed';

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  if (handleCors(req, res, options.corsOrigins)) return;
  const ip = req.socket.remoteAddress ?? '?';
  const byIp = options.ipRateLimit(ip);
  if (!byIp.allowed) return rateLimited(res, byIp.retryAfterSeconds);
  const key = apiKeyOf(req);
  const principal = await options.authenticate(key);
  if (principal === 'busy') return rateLimited(res, 1, 'Too many API keys being verified; retry in 1 s.');
  const who =
    principal && principal !== 'invalid'
      ? { keyId: principal.keyId, name: principal.name, role: principal.role }
      : { keyId: key === null ? 'anonymous' : `invalid:${claimedKeyId(key)}`, name: `ip ${ip}`, role: 'none' };
  const refuse = (status: number, code: string, message: string, operation: string | null = null): void => {
    options.refused({ ...who, operation, code });
    sendJson(res, status, errorBody(message, code));
  };
  if (principal === 'invalid') return refuse(401, 'UNAUTHENTICATED', 'The API key is unknown or revoked.');
  if (principal === null)
    return refuse(401, 'UNAUTHENTICATED', 'Authentication required: send an API key as "Authorization: Bearer <key>".');
  const decision = options.rateLimit(`key:${principal.keyId}`);
  if (!decision.allowed) return rateLimited(res, decision.retryAfterSeconds);
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req, options.bodyLimitBytes);
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      return refuse(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const document = documentOf(body, url.searchParams);
  if (document) {
    const refusal = options.checkDocument(document.query, document.operationName);
    if (refusal) return refuse(400, refusal.code, refusal.message, refusal.operation ?? document.operationName);
  }
  const release = await options.slots.acquire(`key:${principal.keyId}`);
  if (!release) return rateLimited(res, 1, 'Too many requests in flight for this caller; retry in 1 s.');
  try {
    await runApollo(req, res, options, principal, body, url);
  } finally {
    release();
  }
}

async function runApollo(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpOptions,
  principal: Principal,
  body: unknown,
  url: URL,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: () => options.context(principal),
  });
  // Answers carry patient data: no cache may keep them.
  res.setHeader('cache-control', 'no-store');
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
  // The same gates as /graphql: the IP limit before any key is verified.
  const byIp = options.ipRateLimit(req.socket.remoteAddress ?? '?');
  if (!byIp.allowed) return rateLimited(res, byIp.retryAfterSeconds);
  const principal = await options.authenticate(apiKeyOf(req));
  if (principal === 'busy') return rateLimited(res, 1, 'Too many API keys being verified; retry in 1 s.');
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
        const message = `The request body exceeds ${options.bodyLimitBytes} bytes.`;
        return sendJson(res, 413, errorBody(message, 'PAYLOAD_TOO_LARGE'), { connection: 'close' });
      }
      sendJson(res, 500, errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
    });
  });
}
