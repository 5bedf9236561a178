/**
 * Requests in flight per caller (key, or IP for anonymous callers): a few run, a bounded
 * number wait their turn, the rest are refused — so one caller's flood queues behind
 * itself instead of taking the event loop and the Neo4j pool from everyone else. Pure.
 */
interface CallerState {
  active: number;
  waiting: (() => void)[];
}

export type Release = () => void;

export class CallerSlots {
  private readonly callers = new Map<string, CallerState>();

  constructor(
    private readonly perCaller: number,
    private readonly maxWaiting: number,
  ) {}

  /** A release function once the caller may proceed, or null when its queue is full. */
  async acquire(caller: string): Promise<Release | null> {
    let state = this.callers.get(caller);
    if (!state) {
      state = { active: 0, waiting: [] };
      this.callers.set(caller, state);
    }
    if (state.active < this.perCaller) state.active += 1;
    else if (state.waiting.length >= this.maxWaiting) return null;
    else await new Promise<void>((resolve) => state.waiting.push(resolve));
    return this.releaser(caller, state);
  }

  private releaser(caller: string, state: CallerState): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.waiting.shift();
      // The slot passes to the next waiter as is; the count only drops when nobody waits.
      if (next) return next();
      state.active -= 1;
      if (state.active === 0) this.callers.delete(caller);
    };
  }
}
