import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportConceptAssertions, PAPER_LABEL_PRECEDENCE, type Mention, type TaggerSpan } from '../../../src/extraction/core';
import { pipeline } from './fixtures';

function span(text: string, sub: string, extra: Partial<TaggerSpan> = {}): TaggerSpan {
  const start = text.indexOf(sub);
  return { start, end: start + sub.length, category: 'OBS', confidence: 0.9, source: 'tagger', ...extra };
}

function brief(ms: readonly Mention[]): string[] {
  return ms.map((m) => `${m.text}|${m.conceptId}|${m.assertion}|${m.source}|${m.confidence}`);
}

test('exact-span agreement keeps the dictionary concept, max confidence, both sources', () => {
  const text = 'No pleural effusion.';
  const ms = pipeline().extract(text, [span(text, 'pleural effusion', { conceptId: 'OTHER', confidence: 0.8 })]);
  assert.deepEqual(brief(ms), ['pleural effusion|C0032227|ABSENT|RULES+tagger|1']);
});

test('overlap: the longer span wins, then the higher confidence', () => {
  const text = 'Right lower lobe opacity.';
  // Tagger span longer than both dictionary mentions: it wins and is linked on its text.
  const longer = pipeline().extract(text, [span(text, 'lower lobe opacity')]);
  assert.deepEqual(brief(longer), ['lower lobe opacity|C1265876|PRESENT|tagger|0.9']);
  // Same length, overlapping: the higher confidence wins (the dictionary has 1).
  const t2 = 'Pneumonia.';
  const tie = pipeline().extract(t2, [{ start: 1, end: 10, category: 'OBS', confidence: 0.99, source: 'tagger', conceptId: 'X' }]);
  assert.deepEqual(brief(tie), ['Pneumonia|C0032285|PRESENT|RULES|1']);
});

test('tagger-only spans are linked through the dictionary and asserted by ConText', () => {
  const text = 'No pnuemothorax seen; small retrocardiac haziness.';
  const ms = pipeline().extract(text, [
    span(text, 'pnuemothorax', { start: 3, end: 15 }), // also found by the rules (fuzzy): agreement
    span(text, 'haziness', { conceptId: 'C0000001' }), // tagger-only with its own concept
    span(text, 'seen'), // tagger-only, links to nothing: dropped
  ]);
  assert.deepEqual(
    ms.map((m) => `${m.text}|${m.conceptId}|${m.assertion}|${m.source}`),
    ['pnuemothorax|C0032326|ABSENT|RULES+tagger', 'haziness|C0000001|PRESENT|tagger'],
  );
  assert.deepEqual(ms[1]?.modifiers, ['location:retrocardiac', 'severity:small']);
});

test("a tagger's assertion is used only where ConText finds no trigger", () => {
  const text = 'Effusion. No edema.';
  const ms = pipeline().extract(text, [span(text, 'Effusion', { assertion: 'UNCERTAIN' }), span(text, 'edema', { assertion: 'PRESENT' })]);
  assert.deepEqual(
    ms.map((m) => `${m.text}|${m.assertion}`),
    ['Effusion|UNCERTAIN', 'edema|ABSENT'],
  );
});

test('linkSpan links free text, preferring the requested category', () => {
  const p = pipeline();
  assert.equal(p.linkSpan('small right pleural effusion')?.conceptId, 'C0032227');
  assert.equal(p.linkSpan('cardiomegally')?.conceptId, 'C0018800');
  assert.ok((p.linkSpan('cardiomegally')?.confidence ?? 1) < 1);
  assert.equal(p.linkSpan('right lower lobe opacity', 'ANAT')?.conceptId, 'C0225758');
  assert.equal(p.linkSpan('right lower lobe opacity', 'OBS')?.conceptId, 'C1265876');
  assert.equal(p.linkSpan('nothing here'), null);
});

test('concept-level assertion: PRESENT > UNCERTAIN > ABSENT by default', () => {
  const text =
    'FINDINGS: Small left pleural effusion. Possible pneumonia. No pneumothorax.\n' +
    'IMPRESSION: No new pleural effusion. No pneumonia. PTX resolved.';
  const concepts = reportConceptAssertions(pipeline().extract(text));
  assert.deepEqual(
    concepts.map((c) => `${c.conceptName}|${c.assertion}|${c.mentionCount}`),
    ['Pleural effusion|PRESENT|2', 'Pneumonia|UNCERTAIN|2', 'Pneumothorax|ABSENT|2'],
  );
  const paper = reportConceptAssertions(pipeline().extract(text), PAPER_LABEL_PRECEDENCE);
  assert.deepEqual(
    paper.map((c) => c.assertion),
    ['ABSENT', 'ABSENT', 'ABSENT'],
  );
});

test('concept-level assertion ignores non-asserting sections', () => {
  const ms = pipeline({ sectionPolicy: 'flag' }).extract('INDICATION: pneumonia.\nFINDINGS: No pneumonia.');
  assert.deepEqual(
    reportConceptAssertions(ms).map((c) => `${c.conceptId}|${c.assertion}`),
    ['C0032285|ABSENT'],
  );
});

test('throughput sanity (printed, not asserted)', () => {
  const report =
    'FINDINGS: 1. Small right pleural effusion, no pneumothorax. 2. Possible RLL pnuemonia vs atelectasis.\n' +
    'The heart is mildly enlarged. No focal consolidation, edema, or nodule.\n\nIMPRESSION: Cardiomegaly. Effusion has resolved.';
  const p = pipeline();
  const n = 2000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) p.extract(report.replace('Small', i % 2 ? 'Small' : 'Large'));
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`# extraction throughput: ${Math.round(n / s)} reports/s (${report.length} chars each, one core)`);
});
