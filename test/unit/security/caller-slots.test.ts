import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CallerSlots } from '../../../src/security/caller-slots';

test('a caller runs a few requests at once, queues a bounded number, and is refused beyond', async () => {
  const slots = new CallerSlots(2, 1);
  const first = await slots.acquire('a');
  const second = await slots.acquire('a');
  assert.ok(first && second);
  let thirdStarted = false;
  const third = slots.acquire('a').then((release) => {
    thirdStarted = true;
    return release;
  });
  assert.equal(await slots.acquire('a'), null, 'the queue holds one');
  assert.ok(await slots.acquire('b'), 'another caller is unaffected');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(thirdStarted, false);
  first();
  first(); // a second release of the same slot changes nothing
  const thirdRelease = await third;
  assert.ok(thirdStarted && thirdRelease);
  second();
  thirdRelease();
  const again = await slots.acquire('a');
  assert.ok(again, 'all slots free again');
});
