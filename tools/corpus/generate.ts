/**
 * The generator: pure and seeded. Report i depends only on (seed, i), so any slice of a
 * corpus can be regenerated alone and two runs with the same seed are identical.
 */
import type { CorpusVocabulary, GeneratedReport, GenerateOptions, PatternFamily } from './corpus.types';
import { conceptLabels, goldLabelNames } from './gold-labels';
import { bindPools, type PoolSet } from './pools';
import { fnv1a32CodeUnits } from '../../src/shared/core/hash';
import { Rng } from './random';
import { render } from './render';
import { composeReport } from './report.compose';
import { planReport } from './report.plan';

export function reportId(seed: number, index: number): string {
  return `cxr-${seed}-${String(index + 1).padStart(7, '0')}`;
}

function isoDate(dayOffset: number): string {
  return new Date(Date.UTC(2011, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

function generateReport(pools: PoolSet, labelSets: CorpusVocabulary['labelSets'], seed: number, index: number): GeneratedReport {
  const id = reportId(seed, index);
  const rng = new Rng(fnv1a32CodeUnits(`${seed}:${index}`));
  const patterns: Partial<Record<PatternFamily, number>> = {};
  const count = (p: PatternFamily): void => {
    patterns[p] = (patterns[p] ?? 0) + 1;
  };
  const metadata = {
    patientId: `p${String(rng.int(10_000_000, 19_999_999))}`,
    studyId: `s${String(rng.int(50_000_000, 59_999_999))}`,
    studyDate: isoDate(rng.int(0, 3650)),
    modality: rng.chance(0.55) ? ('CR' as const) : ('DX' as const),
  };
  const plan = planReport(pools, rng);
  if (plan.normal) count('normal');
  const { drafts, style } = composeReport(plan, pools, rng, count);
  const { text, sections, spans, typos } = render(drafts, style);
  delete patterns.typo;
  if (typos > 0) patterns.typo = typos;
  if (text.includes('XXXX')) count('deidXXXX');
  if (text.includes('___')) count('deidUnderscore');
  const slice = (name: string): string => {
    const s = sections.find((x) => x.name === name);
    return s ? text.slice(s.start, s.end) : '';
  };
  const labels = conceptLabels(spans);
  const gold = goldLabelNames(labels, labelSets, pools.index);
  return {
    id,
    text,
    findings: slice('FINDINGS') || slice('BODY'),
    impression: slice('IMPRESSION'),
    sections,
    metadata,
    labels,
    goldLabelNames: gold.names,
    goldLabelsBySet: gold.bySet,
    spans,
    patterns,
  };
}

/** Lazily yields `count` reports; nothing is retained between them. */
export function* generateReports(vocabulary: CorpusVocabulary, options: GenerateOptions): Generator<GeneratedReport> {
  if (!Number.isInteger(options.count) || options.count < 0) throw new Error('count must be a non-negative integer');
  if (!Number.isInteger(options.seed)) throw new Error('seed must be an integer');
  const pools = bindPools(vocabulary);
  const offset = options.offset ?? 0;
  for (let i = 0; i < options.count; i++) yield generateReport(pools, vocabulary.labelSets, options.seed, offset + i);
}
