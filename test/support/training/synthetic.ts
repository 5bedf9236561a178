/** Generated chest-radiograph sentences with RadGraph-style spans, for tests (seeded). */
import type { TrainingExample } from '../../../src/training/core/dataset';
import { mulberry32, type Random } from '../../../src/shared/core/prng';

const ANATOMY = [
  'pleural',
  'right lung',
  'left lung base',
  'right lower lobe',
  'cardiac silhouette',
  'mediastinum',
  'left apex',
  'bibasilar',
];
const FINDINGS = ['effusion', 'pneumothorax', 'consolidation', 'opacity', 'edema', 'atelectasis', 'nodule', 'infiltrate'];
const SIZES = ['small', 'moderate', 'large', 'tiny'];
const UNCERTAIN = ['possible', 'probable', 'questionable', 'suspected'];
const NEGATIONS = ['no', 'without', 'no evidence of'];

interface Piece {
  readonly text: string;
  readonly label?: string;
}

const templates: ((pick: <T>(xs: readonly T[]) => T) => Piece[])[] = [
  (p) => [{ text: p(NEGATIONS) }, { text: p(ANATOMY), label: 'ANAT-DP' }, { text: p(FINDINGS), label: 'OBS-DA' }, { text: '.' }],
  (p) => [{ text: p(SIZES) }, { text: p(ANATOMY), label: 'ANAT-DP' }, { text: p(FINDINGS), label: 'OBS-DP' }, { text: '.' }],
  (p) => [
    { text: p(UNCERTAIN) },
    { text: p(FINDINGS), label: 'OBS-U' },
    { text: 'in the' },
    { text: p(ANATOMY), label: 'ANAT-DP' },
    { text: '.' },
  ],
  (p) => [{ text: 'the' }, { text: p(ANATOMY), label: 'ANAT-DP' }, { text: 'is' }, { text: 'clear', label: 'OBS-DP' }, { text: '.' }],
  (p) => [
    { text: p(FINDINGS), label: 'OBS-DP' },
    { text: 'is seen in the' },
    { text: p(ANATOMY), label: 'ANAT-DP' },
    { text: ';' },
    { text: 'no' },
    { text: p(FINDINGS), label: 'OBS-DA' },
    { text: '.' },
  ],
];

function sentence(random: Random): { text: string; spans: { start: number; end: number; label: string }[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const pieces = templates[Math.floor(random() * templates.length)](pick);
  let text = '';
  const spans: { start: number; end: number; label: string }[] = [];
  for (const piece of pieces) {
    if (text !== '' && piece.text !== '.' && piece.text !== ';') text += ' ';
    const start = text.length;
    text += piece.text;
    if (piece.label !== undefined) spans.push({ start, end: text.length, label: piece.label });
  }
  return { text: text.charAt(0).toUpperCase() + text.slice(1), spans };
}

/** `count` reports of one to three sentences each. */
export function syntheticReports(count: number, seed = 7): TrainingExample[] {
  const random = mulberry32(seed);
  const reports: TrainingExample[] = [];
  for (let r = 0; r < count; r++) {
    let text = '';
    const spans: { start: number; end: number; label: string }[] = [];
    const sentences = 1 + Math.floor(random() * 3);
    for (let s = 0; s < sentences; s++) {
      if (text !== '') text += ' ';
      const one = sentence(random);
      for (const span of one.spans) spans.push({ start: text.length + span.start, end: text.length + span.end, label: span.label });
      text += one.text;
    }
    reports.push({ reportId: `r${r}`, text, spans });
  }
  return reports;
}

const FILLER = [
  'the',
  'patients',
  'were',
  'studied',
  'in',
  'a',
  'cohort',
  'of',
  'families',
  'with',
  'mutations',
  'gene',
  'protein',
  'expression',
  'was',
  'measured',
  'and',
  'compared',
  'to',
  'controls',
  'analysis',
  'showed',
  'linkage',
  'region',
  'chromosome',
  'we',
  'report',
  'two',
  'novel',
  'alleles',
];
const DISEASES = [
  'breast cancer',
  'cystic fibrosis',
  'myotonic dystrophy',
  'hemophilia',
  'ataxia telangiectasia',
  'colorectal adenomas',
  'Huntington disease',
  'deficiency of complement',
  'retinoblastoma',
  'Wilms tumor',
];

/**
 * Imbalanced single-label (`Disease`) abstracts: 25–45 filler tokens per sentence with at
 * most one disease mention, so entity tokens are about 3 % — where a loss that collapses
 * to all-`O` shows at once.
 */
export function imbalancedReports(count: number, seed = 13): TrainingExample[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: count }, (_, r) => {
    let text = '';
    const spans: { start: number; end: number; label: string }[] = [];
    for (let s = 0; s < 2; s++) {
      const words = 25 + Math.floor(random() * 20);
      const at = random() < 0.8 ? Math.floor(random() * words) : -1;
      for (let w = 0; w < words; w++) {
        if (text !== '') text += ' ';
        if (w === at) {
          const name = pick(DISEASES);
          spans.push({ start: text.length, end: text.length + name.length, label: 'Disease' });
          text += name;
        } else text += pick(FILLER);
      }
      text += ' .';
    }
    return { reportId: `a${r}`, text, spans };
  });
}
