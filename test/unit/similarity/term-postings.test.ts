import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermPostings } from '../../../src/similarity/memory/term-postings';

const rows = (list: TermPostings): [number, number][] => Array.from({ length: list.size }, (_, i) => [list.reports[i], list.cells[i]]);

test('term postings stay sorted by report, each with its cell tf << 8 | norm, through inserts and removals', () => {
  const list = new TermPostings(1);
  list.insert(5, 2, 30);
  list.insert(9, 1, 7);
  list.insert(2, 3, 255); // before the others: shifted in, growing past the capacity
  assert.deepEqual(rows(list), [
    [2, (3 << 8) | 255],
    [5, (2 << 8) | 30],
    [9, (1 << 8) | 7],
  ]);
  assert.equal(list.maxTf, 3);
  list.remove(5);
  list.remove(4); // absent: nothing changes
  assert.deepEqual(rows(list), [
    [2, (3 << 8) | 255],
    [9, (1 << 8) | 7],
  ]);
  // maxTf is a bound: removing the report that set it leaves it.
  list.remove(2);
  assert.equal(list.maxTf, 3);
  assert.deepEqual(rows(list), [[9, (1 << 8) | 7]]);
});
