/** Assembles the API: schema, Apollo with limits and error shaping, the HTTP server. */
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppServices, createRequestContext, RequestContext } from './context';
import { formatError } from './errors';
import { createHttpServer } from './http-server';
import { DEFAULT_LIMITS, queryLimitsPlugin, QueryLimits } from './limits';
import { buildApiSchema } from './schema';

export interface ApiOptions {
  services: AppServices;
  limits?: QueryLimits;
  bodyLimitBytes?: number;
}

export interface Api {
  server: Server;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/** Reports the request's Cypher round trips in the response extensions (instrumentation). */
const roundTripsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, cypherRoundTrips: contextValue.roundTrips.count };
      },
    };
  },
};

export async function createApi(options: ApiOptions): Promise<Api> {
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [queryLimitsPlugin(schema, options.limits ?? DEFAULT_LIMITS), roundTripsPlugin],
  });
  await apollo.start();
  const { services } = options;
  const { executor, extractor } = services;
  const server = createHttpServer({
    apollo,
    context: async () => createRequestContext(services),
    bodyLimitBytes: options.bodyLimitBytes ?? 10 * 1024 * 1024,
    health: async () => {
      try {
        await executor.read('health');
        return { healthy: true, body: { status: 'ok', database: 'up', executionProvider: extractor.executionProvider } };
      } catch {
        return { healthy: false, body: { status: 'unavailable', database: 'down', executionProvider: extractor.executionProvider } };
      }
    },
  });
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const loopback = host === '0.0.0.0' || host === '127.0.0.1' || host === '::1';
          resolve(`http://${loopback ? 'localhost' : host}:${address.port}`);
        });
      }),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}
