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

/** A commit that ends when the test says so. */
function gate(): { promise: Promise<void>; open: () => void; fail: (error: Error) => void } {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

test('with two in flight, a commit starts beside the previous one and a third waits for the oldest', async () => {
  const gates = [gate(), gate(), gate()];
  const started: number[] = [];
  const run = overlapped(
    [0, 1, 2],
    async (n) => n,
    async (n) => {
      started.push(n);
      await gates[n].promise;
    },
    { inFlight: 2 },
  );
  for (let i = 0; i < 5; i += 1) await tick();
  assert.deepEqual(started, [0, 1], 'two commits run together; the third waits');
  gates[1].open(); // the newer one ending first frees no room: the oldest is waited for
  for (let i = 0; i < 5; i += 1) await tick();
  assert.deepEqual(started, [0, 1]);
  gates[0].open();
  for (let i = 0; i < 5; i += 1) await tick();
  assert.deepEqual(started, [0, 1, 2]);
  gates[2].open();
  await run;
});

test('items that conflict are not committed side by side', async () => {
  const events: string[] = [];
  await overlapped(
    ['a1', 'b1', 'a2'],
    async (s) => s,
    async (s) => {
      events.push(`${s} start`);
      await tick();
      await tick();
      events.push(`${s} end`);
    },
    { inFlight: 3, conflicts: (x, y) => x[0] === y[0] },
  );
  assert.ok(events.indexOf('a2 start') > events.indexOf('a1 end'), events.join(', '));
  assert.ok(events.indexOf('b1 start') < events.indexOf('a1 end'), 'b1 did run beside a1');
});

test('with two in flight, an earlier failure wins, the later commit finishes, and nothing more starts', async () => {
  const committed: number[] = [];
  const gates = [gate(), gate()];
  const run = overlapped(
    [0, 1, 2, 3],
    async (n) => n,
    async (n) => {
      if (n > 1) {
        committed.push(n);
        return;
      }
      await gates[n].promise;
      committed.push(n);
    },
    { inFlight: 2 },
  );
  for (let i = 0; i < 5; i += 1) await tick();
  gates[0].fail(new Error('commit 0 failed'));
  for (let i = 0; i < 5; i += 1) await tick();
  let settled = false;
  void run.catch(() => undefined).then(() => (settled = true));
  for (let i = 0; i < 5; i += 1) await tick();
  assert.equal(settled, false, 'the call waits for the commit still in flight');
  gates[1].open();
  await assert.rejects(run, /commit 0 failed/);
  assert.deepEqual(committed, [1], 'the commit in flight beside the failed one ran to its end; none started after');
});

test('with two in flight, a later commit failing stops the run once the earlier one ends', async () => {
  const committed: number[] = [];
  await assert.rejects(
    overlapped(
      [0, 1, 2, 3],
      async (n) => n,
      async (n) => {
        await tick();
        if (n === 1) throw new Error('commit 1 failed');
        await tick();
        committed.push(n);
      },
      { inFlight: 2 },
    ),
    /commit 1 failed/,
  );
  assert.deepEqual(committed, [0]);
});
