/** What the corpus exercises: normal share, long-tail rarity, typo rate, every pattern family. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PatternFamily } from '../../../tools/corpus';
import { sample } from './fixture';
import { LONG_TAIL_LABELS } from './long-tail-labels';

const reports = sample(3000, 5);
const share = (n: number): number => n / reports.length;

test('about 30% of reports are normal studies ("No Finding")', () => {
  const normal = share(reports.filter((r) => r.goldLabelNames.includes('No Finding')).length);
  console.log(`normal share ${(normal * 100).toFixed(1)}%`);
  assert.ok(normal > 0.25 && normal < 0.35, String(normal));
});

test('each long-tail label is positive in under 2% of reports', () => {
  const rates = LONG_TAIL_LABELS.map((label) => [label, share(reports.filter((r) => r.goldLabelNames.includes(label)).length)] as const);
  console.log(rates.map(([l, p]) => `${l} ${(p * 100).toFixed(2)}%`).join(', '));
  for (const [label, rate] of rates) assert.ok(rate < 0.02, `${label}: ${rate}`);
  assert.ok(rates.filter(([, r]) => r > 0).length >= 20, 'most long-tail labels occur');
});

test('typos hit about 2-3% of observation mentions', () => {
  const typos = reports.reduce((n, r) => n + (r.patterns.typo ?? 0), 0);
  const mentions = reports.reduce((n, r) => n + r.spans.filter((s) => s.label !== 'ANAT-DP').length, 0);
  console.log(`typo rate ${((typos / mentions) * 100).toFixed(2)}% of ${mentions} observation mentions`);
  assert.ok(typos / mentions > 0.015 && typos / mentions < 0.035);
});

test('every pattern family occurs', () => {
  const families: PatternFamily[] = [
    'normal',
    'negatedList',
    'longNegatedList',
    'postNegation',
    'hedge',
    'resolved',
    'comparison',
    'pseudoNegation',
    'typo',
    'numberedImpression',
    'noHeader',
    'allCaps',
    'deidXXXX',
    'deidUnderscore',
    'device',
    'size',
    'multiFinding',
    'predicate',
  ];
  const counts = Object.fromEntries(families.map((f) => [f, reports.filter((r) => (r.patterns[f] ?? 0) > 0).length]));
  console.log(JSON.stringify(counts));
  for (const f of families) assert.ok(counts[f] >= 10, `${f}: ${counts[f]}`);
});

test('all three observation assertions and anatomy are annotated', () => {
  const labels = new Set(reports.flatMap((r) => r.spans.map((s) => s.label)));
  assert.deepEqual([...labels].sort(), ['ANAT-DP', 'OBS-DA', 'OBS-DP', 'OBS-U']);
});

test('sentences vary: no sentence makes up more than 3% of all sentences', () => {
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of reports) {
    for (const s of r.text.toLowerCase().split(/(?<=\.)\s+|\n/)) {
      if (s.length < 15 || /^[a-z ]+:/.test(s)) continue;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      total++;
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`${counts.size} distinct of ${total} sentences; top: ${top.map(([s, n]) => `${n}× "${s}"`).join(' | ')}`);
  assert.ok(top[0][1] / total < 0.03);
  assert.ok(counts.size / total > 0.3);
});
