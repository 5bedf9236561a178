/**
 * Writes a synthetic UMLS release in RRF layout (seeded, streamed): for loader tests and for
 * the loader benchmark at full-UMLS shape (millions of rows) without licensed data.
 */
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/shared/core/prng';

export { mulberry32 };

export interface SyntheticRrfOptions {
  concepts: number;
  stringsPerConcept: number;
  seed: number;
}

const SYLLABLES = [
  'pul',
  'mo',
  'nar',
  'car',
  'di',
  'ac',
  'ple',
  'ur',
  'al',
  'ef',
  'fu',
  'sion',
  'at',
  'el',
  'ec',
  'ta',
  'sis',
  'hi',
  'lar',
  'os',
  'te',
  'o',
  'phy',
  'tic',
];
const TYPES: [string, string][] = [
  ['T047', 'Disease or Syndrome'],
  ['T046', 'Pathologic Function'],
  ['T033', 'Finding'],
  ['T023', 'Body Part, Organ, or Organ Component'],
  ['T074', 'Medical Device'],
];

export const syntheticCui = (i: number): string => `C${String(i).padStart(7, '0')}`;

function word(random: () => number): string {
  const length = 2 + Math.floor(random() * 3);
  let text = '';
  for (let i = 0; i < length; i += 1) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text;
}

async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

const close = (stream: WriteStream): Promise<void> => new Promise((resolve) => stream.end(resolve));

/** Concept i's parent is a random earlier concept, so the is-a graph is a tree rooted at 0. */
function syntheticParent(i: number, random: () => number): number {
  return Math.floor(random() * i);
}

export async function writeSyntheticRrf(dir: string, options: SyntheticRrfOptions): Promise<{ rows: number }> {
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(options.seed);
  const conso = createWriteStream(join(dir, 'MRCONSO.RRF'));
  const sty = createWriteStream(join(dir, 'MRSTY.RRF'));
  const rel = createWriteStream(join(dir, 'MRREL.RRF'));
  let rows = 0;
  let aui = 0;
  for (let i = 0; i < options.concepts; i += 1) {
    const cui = syntheticCui(i);
    const base = `${word(random)} ${word(random)}`;
    for (let s = 0; s < options.stringsPerConcept; s += 1) {
      aui += 1;
      const preferred = s === 0;
      const str = preferred ? base : `${base} ${word(random)}`;
      const sab = s % 3 === 2 ? 'SNOMEDCT_US' : 'MSH';
      await write(
        conso,
        `${cui}|ENG|${preferred ? 'P' : 'S'}|L${aui}|PF|S${aui}|${preferred ? 'Y' : 'N'}|A${aui}|||${cui}|${sab}|${preferred ? 'PT' : 'SY'}|${cui}|${str}|0|N||\n`,
      );
      rows += 1;
    }
    const [tui, name] = TYPES[i % TYPES.length];
    await write(sty, `${cui}|${tui}||${name}|AT${i}||\n`);
    rows += 1;
    if (i > 0) {
      const parent = syntheticCui(syntheticParent(i, random));
      await write(rel, `${cui}|A|CUI|PAR|${parent}|A|CUI||R${i}P||MSH||||N||\n`);
      await write(rel, `${parent}|A|CUI|CHD|${cui}|A|CUI||R${i}C||MSH||||N||\n`);
      rows += 2;
    }
    if (i > 10 && random() < 0.02) {
      await write(rel, `${cui}|A|CUI|RQ|${syntheticCui(Math.floor(random() * i))}|A|CUI||R${i}Q||MSH||||N||\n`);
      rows += 1;
    }
  }
  await Promise.all([close(conso), close(sty), close(rel)]);
  return { rows };
}
