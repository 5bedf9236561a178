/** Assembles the API: schema, Apollo with limits, auth, audit and error shaping, the HTTP server. */
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { KeyStore, KeysFile, parseEnvironmentKeys } from '../security/api-keys';
import { DEMO_PRINCIPAL } from '../security/roles';
import { CallerSlots } from '../security/caller-slots';
import { RateLimiter } from '../security/rate-limiter';
import { SecurityConfig, securityConfig } from '../security/security-config';
import { metricsPlugin } from '../metrics/metrics.plugin';
import { auditPlugin } from './audit-plugin';
import { AppServices, createRequestContext, RequestContext } from './context';
import { errorFormatter } from './errors';
import { cachedDocumentCheck, DEFAULT_DOCUMENT_LIMITS, DocumentLimits } from './document-gate';
import { createHttpServer } from './http-server';
import { DEFAULT_LIMITS, queryLimitsPlugin, QueryLimits } from './limits';
import { buildApiSchema } from './schema';
import { staticFiles } from './static-files';

export interface ApiOptions {
  services: AppServices;
  security?: SecurityConfig;
  limits?: QueryLimits;
  documentLimits?: DocumentLimits;
  bodyLimitBytes?: number;
  /** The built dashboard served at /; default dashboard/dist (nothing when not built). */
  dashboardDir?: string;
}

export interface Api {
  server: Server;
  /**
   * True while no API key is configured: every caller acts as the local demo admin. Read
   * per request — the first key created (file or CLI) ends open mode at once.
   */
  readonly openMode: boolean;
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
  const security = options.security ?? securityConfig();
  const keys = new KeyStore(new KeysFile(security.keysFile), parseEnvironmentKeys(security.environmentKeys));
  const schema = await buildApiSchema();
  // "Did you mean …?" names schema fields and values to whoever asks: only in open demo mode.
  const suggestions = security.mode === 'demo' && keys.isEmpty;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: errorFormatter(suggestions),
    hideSchemaDetailsFromClientErrors: !suggestions,
    introspection: security.introspection,
    includeStacktraceInErrorResponses: false,
    // The start CLI owns SIGINT/SIGTERM and closes the API itself; Apollo's own handlers
    // raced it and left `stop()` waiting forever, so the process never exited.
    stopOnTerminationSignals: false,
    plugins: [
      queryLimitsPlugin(schema, options.limits ?? DEFAULT_LIMITS),
      roundTripsPlugin,
      auditPlugin,
      ...(options.services.metrics ? [metricsPlugin(options.services.metrics, schema)] : []),
      ...(security.landingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
      // No field has a cache hint, so every answer is "no-store" (set by the HTTP front);
      // the plugin computed that per resolved field, on every field of every request.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const { services } = options;
  const { executor, extractor } = services;
  const limiter = new RateLimiter(security.rateLimit.perSecond, security.rateLimit.burst);
  const ipLimiter = new RateLimiter(security.ipRateLimit.perSecond, security.ipRateLimit.burst);
  const server = createHttpServer({
    apollo,
    context: async (principal) => createRequestContext(services, principal),
    authenticate: async (key) => (key === null ? (keys.isEmpty ? DEMO_PRINCIPAL : null) : ((await keys.verify(key)) ?? 'invalid')),
    ipRateLimit: (ip) => ipLimiter.take(ip),
    rateLimit: (caller) => limiter.take(caller),
    slots: new CallerSlots(security.concurrency.perCaller, security.concurrency.waiting),
    checkDocument: cachedDocumentCheck(options.documentLimits ?? DEFAULT_DOCUMENT_LIMITS),
    refused: ({ operation, code, ...subject }) => services.audit.refusal(subject, operation, code),
    corsOrigins: new Set(security.corsOrigins),
    bodyLimitBytes: options.bodyLimitBytes ?? 10 * 1024 * 1024,
    metrics: services.metrics ? () => services.metrics!.render() : undefined,
    staticFiles: await staticFiles(options.dashboardDir ?? join(PROJECT_ROOT, 'dashboard', 'dist')),
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
    get openMode() {
      return keys.isEmpty;
    },
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
      // Requests in flight get a moment to finish; a request stuck on a dead database does not hold shutdown.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
      server.closeAllConnections();
      await apollo.stop();
      await services.extractor.close();
      await services.audit.close();
    },
  };
}
