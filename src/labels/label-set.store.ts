/**
 * The label sets the API serves: every seed/label-sets/*.json, validated by parseLabelSet
 * when first asked for. An invalid file is an operator error, reported with its problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { parseLabelSet, type LabelSet } from './core/label-set';

export interface LabelSetSource {
  all(): LabelSet[];
  get(name: string): LabelSet | undefined;
}

const LABEL_SET_DIR = join(PROJECT_ROOT, 'seed', 'label-sets');

function readLabelSets(dir: string = LABEL_SET_DIR): LabelSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = parseLabelSet(JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
      return parsed.labelSet;
    });
}

/** A fixed list of sets (tests, or sets read once at start). */
export function labelSetSource(sets: readonly LabelSet[]): LabelSetSource {
  return { all: () => [...sets], get: (name) => sets.find((set) => set.name === name) };
}

let fromDisk: LabelSetSource | null = null;

/** seed/label-sets, read once per process. */
function diskLabelSets(): LabelSetSource {
  fromDisk ??= labelSetSource(readLabelSets());
  return fromDisk;
}

/** The disk sets, read on first use (an invalid file fails the label queries, not the server). */
export const lazyDiskLabelSets: LabelSetSource = {
  all: () => diskLabelSets().all(),
  get: (name) => diskLabelSets().get(name),
};
