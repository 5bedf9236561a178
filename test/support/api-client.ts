/** Starts the real API over a test database and talks to it over HTTP, as clients do. */
import { Api, createApi } from '../../src/api/app';
import type { AppServices } from '../../src/api/context';
import { createAppServices } from '../../src/api/services';
import { SecurityConfig, securityConfig } from '../../src/security/security-config';
import type { Neo4jExecutor } from '../../src/db/executor';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestApi {
  url: string;
  api: Api;
  services: AppServices;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Open demo mode unless the test passes its own security settings (keys). */
export async function startTestApi(executor: Neo4jExecutor, security: Partial<SecurityConfig> = {}): Promise<TestApi> {
  const services = createAppServices(executor);
  const settings = { ...securityConfig(), keysFile: '/nonexistent/ontocase-keys.json', environmentKeys: undefined, ...security };
  const api = await createApi({ services, security: settings });
  const url = await api.listen(0, '127.0.0.1');
  return {
    url,
    api,
    services,
    async gql(query, variables, key?: string) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => api.close(),
  };
}
