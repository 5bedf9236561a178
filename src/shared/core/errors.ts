/**
 * Domain errors: what went wrong, in the domain's terms. They know nothing of GraphQL;
 * src/api/errors.ts alone turns them into the coded errors clients see.
 */
export type ErrorDetails = Readonly<Record<string, unknown>>;

abstract class DomainError extends Error {
  protected constructor(
    message: string,
    readonly details: ErrorDetails,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Nothing stored under the id asked for; `argument` names the request argument that asked. */
export class NotFoundError extends DomainError {
  constructor(
    message: string,
    readonly argument: string,
    details: ErrorDetails = {},
  ) {
    super(message, details);
  }
}

/** A refused input; `argument` names the request argument, `details.field` the path inside it. */
export class BadInputError extends DomainError {
  constructor(
    readonly argument: string,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, details);
  }
}

/** The request is valid but the stored state does not allow it (now). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, {});
  }
}

/** A backing service cannot answer now; the same request may succeed later. */
export class UnavailableError extends DomainError {
  constructor(
    readonly service: 'database',
    message: string,
  ) {
    super(message, {});
  }
}
