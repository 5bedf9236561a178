import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactPool, IntList } from '../../../src/similarity/memory/int-list';

const listOf = (values: number[]): IntList => {
  const list = new IntList();
  for (const v of values) list.push(v);
  return list;
};

test('compactPool drops freed records and moves each slot with its record', () => {
  // Records are [length, payload…]: r0 at 0 (2 long), a freed run at 2 (3 long), r2 at 5 (3 long); r1 has none.
  const pool = listOf([2, 7, 9, 9, 9, 3, 8, 6]);
  const slots = listOf([0, -1, 5]);
  compactPool(pool, slots, 3, 3, (data, at) => data[at]);
  assert.deepEqual([...pool.data.subarray(0, pool.size)], [2, 7, 3, 8, 6]);
  assert.deepEqual([...slots.data.subarray(0, slots.size)], [0, -1, 2]);
});

test('compactPool on a pool without garbage keeps every record', () => {
  const pool = listOf([1, 2, 5, 6]);
  const slots = listOf([0, 1]);
  compactPool(pool, slots, 2, 0, (_data, at) => (at === 0 ? 1 : 3));
  assert.deepEqual([...pool.data.subarray(0, pool.size)], [1, 2, 5, 6]);
  assert.deepEqual([...slots.data.subarray(0, slots.size)], [0, 1]);
});
