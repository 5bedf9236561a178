/** Counts event-loop turns (setImmediate callbacks) while `work` runs: 0 means it held the loop throughout. */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const spin = (): void => {
    if (!running) return;
    turns++;
    setImmediate(spin);
  };
  const pending = work();
  setImmediate(spin);
  try {
    return { result: await pending, turns };
  } finally {
    running = false;
  }
}
