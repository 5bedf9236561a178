/** Stored span label schemes (built-in ones live in span-schemes.json). */
import type { CypherRunner } from '../db/executor';
import { BUILT_IN_SCHEMES, validateScheme, type SpanScheme } from './core/span-scheme';

export class SpanSchemeRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Built-in schemes, then stored ones (a stored scheme cannot shadow a built-in name). */
  async all(): Promise<SpanScheme[]> {
    const rows = await this.runner.read<{ name: string; labels: string[]; classes: string | null }>('span-schemes', {});
    const stored = rows
      .filter((r) => !BUILT_IN_SCHEMES.some((b) => b.name === r.name))
      .map((r) => ({
        name: r.name,
        labels: r.labels,
        ...(r.classes === null ? {} : { classes: JSON.parse(r.classes) as Record<string, string> }),
      }));
    return [...BUILT_IN_SCHEMES, ...stored];
  }

  async save(scheme: SpanScheme): Promise<void> {
    validateScheme(scheme);
    await this.runner.write('span-scheme-merge', {
      name: scheme.name,
      labels: [...scheme.labels],
      classes: scheme.classes === undefined ? null : JSON.stringify(scheme.classes),
    });
  }

  /** Every label of every scheme: what training may ask for. */
  async labels(): Promise<string[]> {
    return [...new Set((await this.all()).flatMap((s) => s.labels))];
  }
}
