/** The best k (report, score) by score desc then report id asc (code-unit order). */
export class TopK {
  readonly items: { r: number; id: string; score: number }[] = [];
  /**
   * The score a newcomer must reach (ties then go by id); −Infinity while not full. A field,
   * kept by offer: the walks compare every candidate with it.
   */
  threshold = -Infinity;

  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.items.length >= this.k;
  }

  offer(r: number, id: string, score: number): void {
    if (this.k === 0) return;
    const items = this.items;
    const before = (x: { id: string; score: number }): boolean => score > x.score || (score === x.score && id < x.id);
    if (this.full && !before(items[this.k - 1])) return;
    let at = items.length;
    while (at > 0 && before(items[at - 1])) at -= 1;
    items.splice(at, 0, { r, id, score });
    if (items.length > this.k) items.pop();
    if (this.full) this.threshold = items[this.k - 1].score;
  }
}
