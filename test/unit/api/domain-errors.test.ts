/** Domain errors thrown by any resolver reach clients with the codes and extensions they had as GraphQL errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { withDomainErrors } from '../../../src/api/errors';
import { DatabaseUnavailableError } from '../../../src/db/errors';
import { BadInputError, ConflictError, NotFoundError } from '../../../src/shared/core/errors';

const throwing = (error: Error, async: boolean) => ({
  type: GraphQLString,
  resolve: async
    ? () => Promise.reject(error)
    : () => {
        throw error;
      },
});

const schema = withDomainErrors(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        notFound: throwing(new NotFoundError('No stored report with id "r9".', 'reportId', { id: 'r9' }), true),
        badInput: throwing(new BadInputError('options', 'options.alpha: must be in [0, 1]', { field: 'alpha' }), false),
        conflict: throwing(new ConflictError('Training run "t1" has already ended (DONE).'), true),
        unavailable: throwing(new DatabaseUnavailableError(), true),
        plain: throwing(new Error('boom'), false),
        fine: { type: GraphQLString, resolve: () => 'ok' },
      },
    }),
  }),
);

async function errorOf(field: string): Promise<{ message: string; extensions: Record<string, unknown> }> {
  const result = await graphql({ schema, source: `{ ${field} }` });
  assert.equal(result.errors?.length, 1, field);
  const [error] = result.errors ?? [];
  return { message: error.message, extensions: { ...error.extensions } };
}

test('each domain error gets its code and extensions; its message is unchanged', async () => {
  assert.deepEqual(await errorOf('notFound'), {
    message: 'No stored report with id "r9".',
    extensions: { code: 'NOT_FOUND', argument: 'reportId', id: 'r9' },
  });
  assert.deepEqual(await errorOf('badInput'), {
    message: 'options.alpha: must be in [0, 1]',
    extensions: { code: 'BAD_USER_INPUT', argument: 'options', field: 'alpha' },
  });
  assert.deepEqual(await errorOf('conflict'), { message: 'Training run "t1" has already ended (DONE).', extensions: { code: 'CONFLICT' } });
  assert.deepEqual(await errorOf('unavailable'), {
    message: 'The database is unavailable; try again shortly.',
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
});

test('other errors pass unchanged (the formatter hides them), and results are untouched', async () => {
  assert.deepEqual(await errorOf('plain'), { message: 'boom', extensions: {} });
  assert.equal((await graphql({ schema, source: '{ fine }' })).data?.fine, 'ok');
});
