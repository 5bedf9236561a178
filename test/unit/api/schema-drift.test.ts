import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { buildApiSchema, printApiSchema } from '../../../src/api/schema';

test('schema/schema.graphql matches the schema the server builds (run `npm run schema:emit` after changing it)', async () => {
  const committed = readFileSync(resolve(__dirname, '../../../../schema/schema.graphql'), 'utf8');
  assert.equal(printApiSchema(await buildApiSchema()), committed);
});
