import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { operationLabel, outcomeLabel, UNRESOLVED } from '../../../src/metrics/operation-label';

const schema = buildSchema('type Query { concept(id: ID!): String, report(id: ID!): String } type Mutation { ingest: Int }');
const operation = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;

test('the operation label is the type and the schema root fields, never names or arguments', () => {
  assert.equal(operationLabel(schema, operation('query Secret_r42 { report(id: "r42") concept(id: "x") }')), 'query:concept,report');
  assert.equal(operationLabel(schema, operation('{ a: concept(id: "1") b: concept(id: "2") }')), 'query:concept');
  assert.equal(operationLabel(schema, operation('mutation { ingest }')), 'mutation:ingest');
  assert.equal(operationLabel(schema, operation('{ __typename }')), 'query:__typename');
  assert.equal(operationLabel(schema, operation('{ patientSmith }')), 'query:unknown');
  assert.equal(operationLabel(schema, operation('{ ...F } fragment F on Query { concept(id: "1") }')), 'query:fragment');
  assert.equal(operationLabel(schema, undefined), UNRESOLVED);
});

test('the outcome is ok or an error code', () => {
  assert.equal(outcomeLabel(undefined), 'ok');
  assert.equal(outcomeLabel([]), 'ok');
  assert.equal(outcomeLabel([{ extensions: { code: 'BAD_USER_INPUT' } }]), 'BAD_USER_INPUT');
  assert.equal(outcomeLabel([{ extensions: { code: 'report r42 missing' } }]), 'INTERNAL_SERVER_ERROR');
  assert.equal(outcomeLabel([{}]), 'INTERNAL_SERVER_ERROR');
});
