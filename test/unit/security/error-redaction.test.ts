import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutEchoedValues } from '../../../src/api/errors';

test('a refused variable value is not echoed back, its path and reason are', () => {
  const text = 'FINDINGS: secret report text';
  assert.equal(
    withoutEchoedValues(`Variable "$r" got invalid value { id: "x", text: "${text}", extra: 1 } at "r[0]"; Field "extra" is not defined by type "ReportInput".`),
    'Variable "$r" has an invalid value at "r[0]": Field "extra" is not defined by type "ReportInput".',
  );
  assert.equal(
    withoutEchoedValues(`Variable "$t" got invalid value { a: "${text}" }; String cannot represent a non string value: { a: "${text}" }`),
    'Variable "$t" has an invalid value: String cannot represent a non string value.',
  );
  assert.equal(withoutEchoedValues(`String cannot represent a non string value: ["${text}"]`), 'String cannot represent a non string value.');
  assert.equal(withoutEchoedValues('limit must not be less than 1'), 'limit must not be less than 1');
});
