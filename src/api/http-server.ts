/**
 * The HTTP front: GraphQL at /graphql through Apollo, /health for probes, a body size
 * limit, and JSON errors for everything that never reaches GraphQL.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { RequestContext } from './context';

export interface HttpOptions {
  apollo: ApolloServer<RequestContext>;
  context: (req: IncomingMessage) => Promise<RequestContext>;
  health: () => Promise<{ healthy: boolean; body: Record<string, unknown> }>;
  bodyLimitBytes: number;
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

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
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
    context: () => options.context(req),
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

export function createHttpServer(options: HttpOptions): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const work = async (): Promise<void> => {
      if (path === '/graphql') return handleGraphQL(req, res, options);
      if (path === '/health') {
        const { healthy, body } = await options.health();
        return sendJson(res, healthy ? 200 : 503, body);
      }
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
