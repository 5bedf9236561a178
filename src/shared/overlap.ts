/**
 * A two-stage pipeline: `prepare` runs on one item at a time, in source order, while the
 * `commit`s of up to `inFlight` earlier items run (default 1: commits one at a time, in
 * order). A commit starts only beside in-flight ones it does not `conflict` with (e.g. two
 * batches writing the same record wait for each other, so the later one still wins);
 * memory stays bounded by `inFlight` + 1 items. With more than one in flight, commits may
 * finish out of order. On the first failure nothing more is started, and the call returns
 * only once no commit is in flight; the error is the earliest failure in source order (a
 * commit's failure before a later item's prepare failure), and every item whose commit
 * succeeded, even after the failed one, has had its commit run to its end.
 */
export interface OverlapOptions<P> {
  inFlight?: number;
  conflicts?: (inFlight: P, next: P) => boolean;
}

interface Flight<P> {
  prepared: P;
  done: Promise<void>;
}

export async function overlapped<I, P>(
  source: AsyncIterable<I> | Iterable<I>,
  prepare: (item: I) => Promise<P>,
  commit: (prepared: P, item: I) => Promise<void>,
  options: OverlapOptions<P> = {},
): Promise<void> {
  const limit = Math.max(1, options.inFlight ?? 1);
  const conflicts = options.conflicts ?? (() => false);
  const flights: Flight<P>[] = [];
  let failed = false;
  // Waits for every commit in flight, then throws the earliest failure in source order.
  const drain = async (): Promise<void> => {
    const settled = await Promise.allSettled(flights.splice(0).map((flight) => flight.done));
    const rejected = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (rejected) throw rejected.reason;
  };
  const mustWait = (next: P): boolean =>
    flights.length > 0 && (failed || flights.length >= limit || flights.some((flight) => conflicts(flight.prepared, next)));
  try {
    for await (const item of source) {
      const prepared = await prepare(item);
      while (mustWait(prepared)) {
        await flights[0].done.catch(() => undefined);
        if (failed) await drain();
        flights.shift();
      }
      const done = commit(prepared, item);
      // Handled here so a commit failing while the next item is prepared is not an
      // unhandled rejection; drain() still throws it.
      done.catch(() => {
        failed = true;
      });
      flights.push({ prepared, done });
    }
    await drain();
  } catch (error) {
    await drain(); // a failed commit of an earlier item wins
    throw error;
  }
}
