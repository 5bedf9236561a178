/** Argument validation: class-validator rules on @ArgsType classes, reported per argument. */
import { validate } from 'class-validator';
import { GraphQLError } from 'graphql';

export async function validateArguments(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await validate(argValue, { forbidUnknownValues: false });
  if (errors.length === 0) return;
  const first = errors[0];
  const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is invalid`;
  throw new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', argument: first.property },
  });
}
