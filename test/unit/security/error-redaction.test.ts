import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutEchoedValues, withoutSuggestions } from '../../../src/api/errors';

test('a refused variable value is not echoed back, its path and reason are', () => {
  const text = 'FINDINGS: secret report text';
  assert.equal(
    withoutEchoedValues(
      `Variable "$r" got invalid value { id: "x", text: "${text}", extra: 1 } at "r[0]"; Field "extra" is not defined by type "ReportInput".`,
    ),
    'Variable "$r" has an invalid value at "r[0]": Field "extra" is not defined by type "ReportInput".',
  );
  assert.equal(
    withoutEchoedValues(`Variable "$t" got invalid value { a: "${text}" }; String cannot represent a non string value: { a: "${text}" }`),
    'Variable "$t" has an invalid value: String cannot represent a non string value.',
  );
  assert.equal(
    withoutEchoedValues(`String cannot represent a non string value: ["${text}"]`),
    'String cannot represent a non string value.',
  );
  assert.equal(withoutEchoedValues('limit must not be less than 1'), 'limit must not be less than 1');
});

test('literal values in validation errors are not echoed either (an enum error quoted a name)', () => {
  assert.equal(
    withoutEchoedValues('Value "JOHN_SMITH" does not exist in "Assertion" enum.'),
    'The value does not exist in "Assertion" enum.',
  );
  assert.equal(
    withoutEchoedValues('Enum "Assertion" cannot represent non-enum value: "John Smith".'),
    'Enum "Assertion" cannot represent non-enum value.',
  );
  assert.equal(withoutEchoedValues('Int cannot represent non-integer value: "John Smith"'), 'Int cannot represent non-integer value.');
  assert.equal(
    withoutEchoedValues('Expected value of type "Int!", found "John Smith"; Int cannot represent non-integer value: "John Smith"'),
    'Expected value of type "Int!"; Int cannot represent non-integer value.',
  );
  assert.equal(withoutEchoedValues('Expected value of type "Assertion", found "John Smith".'), 'Expected value of type "Assertion".');
});

test('suggestions are removed outside open demo mode', () => {
  assert.equal(
    withoutSuggestions('Cannot query field "repor" on type "Query". Did you mean "report" or "reports"?'),
    'Cannot query field "repor" on type "Query".',
  );
  assert.equal(
    withoutSuggestions('Value "X" does not exist in "Assertion" enum. Did you mean the enum value "ABSENT"?'),
    'Value "X" does not exist in "Assertion" enum.',
  );
});
