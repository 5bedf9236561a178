/** Same seed, same corpus; report i does not depend on how many are generated. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateReports, isHeldOut, reportId, toJsonLine } from '../../../tools/corpus';
import { bundledVocabulary } from './fixture';

const vocabulary = bundledVocabulary();
const lines = (count: number, seed: number, offset = 0): string[] =>
  [...generateReports(vocabulary, { count, seed, offset })].map(toJsonLine);

test('the same seed gives byte-identical output', () => {
  assert.deepEqual(lines(200, 3), lines(200, 3));
});

test('a different seed gives a different corpus', () => {
  const a = lines(50, 3);
  const b = lines(50, 4);
  assert.ok(a.filter((line, i) => line === b[i]).length === 0);
});

test('report i is the same whether generated alone or in a run', () => {
  assert.deepEqual(lines(5, 3, 95), lines(100, 3).slice(95));
});

test('the held-out split takes about 20% of ids, deterministically', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => reportId(1, i));
  const held = ids.filter(isHeldOut).length / ids.length;
  assert.ok(held > 0.17 && held < 0.23, String(held));
  assert.deepEqual(ids.map(isHeldOut), ids.map(isHeldOut));
});
