/**
 * One place shapes errors: domain errors get their codes here, known coded errors pass
 * through; anything else becomes a generic internal error with a reference, logged by name
 * only (messages can carry data).
 */
import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { BadInputError, ConflictError, NotFoundError, UnavailableError } from '../shared/core/errors';
import { logger } from '../shared/logger';

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
]);

/**
 * graphql-js quotes a refused variable value in its message (`got invalid value { text: "…" }`,
 * `cannot represent … value: "…"`) — that can be a whole report. Keep the path and the reason only.
 */
export function withoutEchoedValues(message: string): string {
  const variable = /^(Variable "\$[^"]+") got invalid value [\s\S]*?(?:( at "[^"]*"))?; ([\s\S]*)$/.exec(message);
  const stripped = variable ? `${variable[1]} has an invalid value${variable[2] ?? ''}: ${variable[3]}` : message;
  return stripped
    .replace(/Value "[\s\S]*?" (does not exist in "[^"]+" enum\.)/, 'The value $1')
    .replace(/(Expected value of type "[^"]+"), found [\s\S]*?(;|\.$)/, '$1$2')
    .replace(/(cannot represent [^:]*value): [\s\S]*$/, '$1.');
}

/** graphql-js suggests schema names ("Did you mean …?"); outside open demo mode they go. */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean [\s\S]*$/, '');

/** The error formatter; `suggestions` only in open demo mode. */
export function errorFormatter(suggestions: boolean): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const shaped = formatError(formatted, error);
    return suggestions ? shaped : { ...shaped, message: withoutSuggestions(shaped.message) };
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')
    return { ...formatted, message: withoutEchoedValues(formatted.message) };
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
  const reference = randomUUID();
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const name = original instanceof Error ? original.name : typeof original;
  logger.error('internal error', { reference, error: name, path: formatted.path?.join('.') });
  if (process.env.ONTOCASE_DEBUG_ERRORS === '1' && original instanceof Error) {
    logger.error('internal error detail', { reference, detail: original.stack ?? original.message });
  }
  return {
    message: `Internal server error (reference ${reference}).`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
}

const UNAVAILABLE_CODES: Record<UnavailableError['service'], string> = { database: 'DATABASE_UNAVAILABLE' };

/** A domain error as the coded GraphQL error clients see; anything else unchanged. */
function toGraphQLError(error: unknown): unknown {
  if (error instanceof BadInputError) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argument: error.argument, ...error.details } });
  }
  if (error instanceof NotFoundError) {
    return new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND', argument: error.argument, ...error.details } });
  }
  if (error instanceof ConflictError) return new GraphQLError(error.message, { extensions: { code: 'CONFLICT' } });
  if (error instanceof UnavailableError) return new GraphQLError(error.message, { extensions: { code: UNAVAILABLE_CODES[error.service] } });
  return error;
}

const rethrowMapped = (error: unknown): never => {
  throw toGraphQLError(error);
};

/**
 * Every field resolver of the schema maps domain errors as it throws them, so the plugins
 * (audit, metrics) and the formatter see the same codes. Synchronous results stay
 * synchronous: a type-graphql global middleware would make every field a promise.
 */
export function withDomainErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        try {
          const result = resolve(source, args, context, info);
          return result instanceof Promise ? result.catch(rethrowMapped) : result;
        } catch (error) {
          return rethrowMapped(error);
        }
      };
    }
  }
  return schema;
}
