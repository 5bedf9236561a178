import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overlapped } from '../../../src/shared/overlap';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test('prepares the next item while the previous one commits, and commits in order', async () => {
  const events: string[] = [];
  await overlapped(
    [1, 2, 3],
    async (n) => {
      events.push(`prepare ${n}`);
      await tick();
      return n * 10;
    },
    async (p) => {
      events.push(`commit ${p} start`);
      await tick();
      await tick();
      events.push(`commit ${p} end`);
    },
  );
  assert.deepEqual(events, [
    'prepare 1',
    'commit 10 start',
    'prepare 2',
    'commit 10 end',
    'commit 20 start',
    'prepare 3',
    'commit 20 end',
    'commit 30 start',
    'commit 30 end',
  ]);
});

test('a failed commit stops the run: nothing after it is committed, the error is the commit error', async () => {
  const committed: number[] = [];
  await assert.rejects(
    overlapped(
      [1, 2, 3, 4],
      async (n) => n,
      async (n) => {
        await tick();
        if (n === 2) throw new Error('commit 2 failed');
        committed.push(n);
      },
    ),
    /commit 2 failed/,
  );
  assert.deepEqual(committed, [1]);
});

test('a failed prepare waits for the commit in flight, and an earlier failed commit wins', async () => {
  let ended = false;
  await assert.rejects(
    overlapped(
      [1, 2],
      async (n) => {
        if (n === 2) throw new Error('prepare 2 failed');
        return n;
      },
      async () => {
        await tick();
        ended = true;
      },
    ),
    /prepare 2 failed/,
  );
  assert.ok(ended, 'the commit of item 1 finished before the call returned');
  await assert.rejects(
    overlapped(
      [1, 2],
      async (n) => {
        await tick();
        if (n === 2) throw new Error('prepare 2 failed');
        return n;
      },
      async () => Promise.reject(new Error('commit 1 failed')),
    ),
    /commit 1 failed/,
  );
});
