/** A growable Int32Array: posting lists (kept sorted) and the unit pool of the similarity index. */
export class IntList {
  data: Int32Array;
  size = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.size === this.data.length) this.grow(this.size + 1);
    this.data[this.size++] = value;
  }

  /** Room for `extra` more values; returns the index the next push writes to. */
  reserve(extra: number): number {
    if (this.size + extra > this.data.length) this.grow(this.size + extra);
    return this.size;
  }

  /** In a list sorted ascending: the first index whose value >> shift is ≥ key. */
  lowerBound(key: number, shift: number): number {
    let [lo, hi] = [0, this.size];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.data[mid] >> shift < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Inserts into a list sorted ascending, keeping it sorted (appending costs nothing more). */
  insertSorted(value: number): void {
    if (this.size === 0 || this.data[this.size - 1] <= value) return this.push(value);
    const at = this.lowerBound(value, 0);
    this.reserve(1);
    this.data.copyWithin(at + 1, at, this.size);
    this.data[at] = value;
    this.size += 1;
  }

  /** In a list sorted ascending: removes the value v with v >> shift === key, keeping the order. */
  removeKeyed(key: number, shift: number): boolean {
    const at = this.lowerBound(key, shift);
    if (at === this.size || this.data[at] >> shift !== key) return false;
    this.data.copyWithin(at, at + 1, this.size);
    this.size -= 1;
    return true;
  }

  private grow(minimum: number): void {
    const next = new Int32Array(Math.max(minimum, Math.ceil(this.data.length * 1.5) + 4));
    next.set(this.data.subarray(0, this.size));
    this.data = next;
  }
}

/**
 * Rewrites a record pool without its freed space, in place: records are the pool's runs
 * starting at slots[r] (negative: no record), each lengthOf(data, start) long; slots follow
 * their records. Shared by the indexes whose records are rewritten on re-ingest.
 */
export function compactPool(
  pool: IntList,
  slots: IntList,
  count: number,
  garbage: number,
  lengthOf: (data: Int32Array, at: number) => number,
): void {
  const old = pool.data;
  const next = new IntList(pool.size - garbage + 1024);
  for (let r = 0; r < count; r += 1) {
    const at = slots.data[r];
    if (at < 0) continue;
    const length = lengthOf(old, at);
    const to = next.reserve(length);
    next.data.set(old.subarray(at, at + length), to);
    next.size += length;
    slots.data[r] = to;
  }
  pool.data = next.data;
  pool.size = next.size;
}
