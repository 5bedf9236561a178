/** What a loader tells its caller: counts per kind and the malformed lines it skipped. */
export interface MalformedLine {
  file: string;
  line: number;
  reason: string;
}

const MALFORMED_SHOWN = 20;

export class LoadReport {
  readonly counts: Record<string, number> = {};
  malformedCount = 0;
  readonly malformed: MalformedLine[] = [];

  add(kind: string, count = 1): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + count;
  }

  reject(file: string, line: number, reason: string): void {
    this.malformedCount += 1;
    if (this.malformed.length < MALFORMED_SHOWN) this.malformed.push({ file, line, reason });
  }

  summary(): string {
    const counts = Object.entries(this.counts)
      .map(([kind, count]) => `${count.toLocaleString('en-US')} ${kind}`)
      .join(', ');
    const lines = [counts || 'nothing loaded'];
    if (this.malformedCount > 0) {
      lines.push(
        `${this.malformedCount} malformed line(s) skipped${this.malformedCount > MALFORMED_SHOWN ? ` (first ${MALFORMED_SHOWN} shown)` : ''}:`,
      );
      for (const bad of this.malformed) lines.push(`  ${bad.file}:${bad.line}: ${bad.reason}`);
    }
    return lines.join('\n');
  }
}
