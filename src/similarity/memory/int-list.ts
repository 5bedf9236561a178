/** A growable Int32Array: posting lists and the unit pool of the similarity index. */
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

  /** Removes the first value v with v >> shift === key, order not kept (swap with the last). */
  removeKeyed(key: number, shift: number): boolean {
    for (let i = 0; i < this.size; i += 1) {
      if (this.data[i] >> shift !== key) continue;
      this.data[i] = this.data[this.size - 1];
      this.size -= 1;
      return true;
    }
    return false;
  }

  private grow(minimum: number): void {
    const next = new Int32Array(Math.max(minimum, Math.ceil(this.data.length * 1.5) + 4));
    next.set(this.data.subarray(0, this.size));
    this.data = next;
  }
}
