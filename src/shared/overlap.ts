/**
 * Runs `prepare` on item n+1 while `commit` of item n is in flight: two stages of a
 * pipeline with one item between them, so memory stays bounded by two items. Commits run
 * one at a time, in source order, and item n+1 is committed only after item n's commit
 * succeeded. On the first failure nothing more is committed, and the call returns only
 * once no commit is in flight; a commit's failure is reported before a later item's
 * prepare failure (the order a serial loop would have failed in).
 */
export async function overlapped<I, P>(
  source: AsyncIterable<I> | Iterable<I>,
  prepare: (item: I) => Promise<P>,
  commit: (prepared: P, item: I) => Promise<void>,
): Promise<void> {
  let inFlight: Promise<void> | null = null;
  try {
    for await (const item of source) {
      const prepared = await prepare(item);
      if (inFlight) await inFlight;
      inFlight = commit(prepared, item);
      // Handled here so a commit failing while the next item is prepared is not an
      // unhandled rejection; it is still thrown where it is awaited.
      inFlight.catch(() => undefined);
    }
    if (inFlight) await inFlight;
  } catch (error) {
    if (inFlight) await inFlight; // a failed commit of an earlier item wins
    throw error;
  }
}
