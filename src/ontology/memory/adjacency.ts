/**
 * Edges as compressed rows (offsets + targets in typed arrays): a few bytes an edge instead
 * of an array object per concept, which matters at UMLS size (millions of is-a edges). Pure.
 */
export class Adjacency {
  constructor(
    private readonly offsets: Int32Array,
    private readonly targets: Int32Array,
  ) {}

  get edgeCount(): number {
    return this.targets.length;
  }

  forEach(node: number, visit: (other: number) => void): void {
    for (let i = this.offsets[node]; i < this.offsets[node + 1]; i += 1) visit(this.targets[i]);
  }
}

export class AdjacencyBuilder {
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  constructor(private readonly nodes: number) {}

  add(from: number, to: number): void {
    this.from.push(from);
    this.to.push(to);
  }

  build(): Adjacency {
    const offsets = new Int32Array(this.nodes + 1);
    for (const node of this.from) offsets[node + 1] += 1;
    for (let i = 0; i < this.nodes; i += 1) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, this.nodes);
    const targets = new Int32Array(this.to.length);
    this.from.forEach((node, i) => {
      targets[fill[node]] = this.to[i];
      fill[node] += 1;
    });
    return new Adjacency(offsets, targets);
  }
}
