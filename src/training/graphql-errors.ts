/** The training API's GraphQL errors, coded as the API's error middleware expects. */
import { GraphQLError } from 'graphql';

/** A bad trainTagger input; `field` is the path inside `input` (e.g. `lossParams.alpha`). */
export function badTrainingInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`input.${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument: 'input', field } });
}

export function notFound(what: string, id: string, argument = 'id'): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}".`, { extensions: { code: 'NOT_FOUND', argument } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}
