import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import * as queries from '../../../dashboard/src/api/queries';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../schema/schema.graphql'), 'utf8'));

function problems(source: string): string[] {
  return validate(schema, parse(source)).map((error) => error.message);
}

test('every dashboard query is valid against schema/schema.graphql', () => {
  for (const [name, value] of Object.entries(queries)) {
    if (typeof value !== 'string') continue;
    assert.deepEqual(problems(value), [], name);
  }
  assert.deepEqual(problems(queries.labelReportsQuery(3)), []);
});
