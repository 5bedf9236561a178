/**
 * NCBI disease data for the loss bench: PubTator files read from ../shared (never copied
 * into the repository), every mention class mapped to one `Disease` label (mention F1 is
 * exact span, as usual for this corpus; the source class is kept for per-class recall).
 * Without --test, a fixed 20 % of the training file (by a hash of the PMID) is the test part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePubtator, type PubtatorDocument } from '../../src/spans/core/pubtator';
import { fnv1a32Utf16 } from '../../src/shared/core/hash';

export const NCBI_TRAIN = resolve(__dirname, '../../../../shared/data/ncbi-disease/train.pubtator.txt');
export const NCBI_LABEL = 'Disease';
const TEST_FRACTION = 0.2;

export interface NcbiData {
  readonly train: PubtatorDocument[];
  readonly test: PubtatorDocument[];
  readonly source: string;
}

function read(file: string): PubtatorDocument[] {
  return parsePubtator(readFileSync(file, 'utf8'), () => NCBI_LABEL);
}

/** null (with the reason) when the shared file is absent. */
export function loadNcbi(trainFile: string = NCBI_TRAIN, testFile?: string): NcbiData | string {
  if (!existsSync(trainFile)) return `NCBI disease training file not found at ${trainFile}`;
  const all = read(trainFile);
  if (testFile !== undefined) {
    if (!existsSync(testFile)) throw new Error(`--test file not found: ${testFile}`);
    return { train: all, test: read(testFile), source: `train ${trainFile}, test ${testFile}` };
  }
  const isTest = (id: string): boolean => fnv1a32Utf16(`ncbi-test:${id}`) / 4294967296 < TEST_FRACTION;
  return { train: all.filter((d) => !isTest(d.id)), test: all.filter((d) => isTest(d.id)), source: `fixed 80/20 split of ${trainFile}` };
}
