/** Turns a plan into section drafts: FINDINGS prose, an IMPRESSION that summarises, headers, style. */
import type { PatternFamily } from './corpus.types';
import type { PoolSet } from './pools';
import { LOW_LUNG_VOLUMES } from './pools/technical.pool';
import type { Rng } from './random';
import type { ReportPlan } from './report.plan';
import type { RenderStyle, SectionDraft } from './render';
import { randomJoin } from './render';
import { deviceSentence, linesAndTubesSentence, removedDeviceSentence } from './sentences/device.sentences';
import { hedgedSentence, interpretedSentence, multiSentence, presentSentence, resolvedSentence } from './sentences/finding.sentences';
import type { FindingInstance, WriteContext } from './sentences/finding.phrase';
import { observation } from './sentences/finding.phrase';
import * as header from './sentences/header.sentences';
import { contralateralNegation, negatedList } from './sentences/negation.sentences';
import { heartNormal, lungsClear, NORMAL_IMPRESSIONS, otherNormal } from './sentences/normal.sentences';
import { sentence, type Sentence } from './text-parts';

const LUNG_GROUPS = new Set([
  'effusion',
  'atelectasis',
  'opacity',
  'consolidation',
  'pneumonia',
  'edema',
  'interstitial',
  'nodule',
  'mass',
  'granuloma',
  'bronchiectasis',
  'fibrosis',
  'metastasis',
  'scarring',
  'emphysema',
  'pneumothorax',
]);
const HEART_GROUPS = new Set(['heart', 'congestion', 'pericardial', 'mediastinum', 'nodes', 'aorta-shape', 'aneurysm', 'pa']);
const CRITICAL = new Set(['D011030', 'D011027', 'D008478']);

function findingSentences(plan: ReportPlan, ctx: WriteContext, forImpression: boolean): Sentence[] {
  const { rng } = ctx;
  const out: Sentence[] = [];
  const plain = plan.present.map((f, i) => ({ f, i })).filter(({ f, i }) => !plan.readings.has(i) && f.change === 'none');
  const grouped = new Set<number>();
  if (plain.length >= 2 && rng.chance(forImpression ? 0.4 : 0.3)) {
    const members = plain.slice(0, rng.int(2, Math.min(3, plain.length)));
    ctx.count('multiFinding');
    out.push(
      multiSentence(
        members.map((m) => m.f),
        ctx,
      ),
    );
    members.forEach((m) => grouped.add(m.i));
  }
  plan.present.forEach((f, i) => {
    if (grouped.has(i)) return;
    const readings = plan.readings.get(i);
    out.push(readings ? interpretedSentence(f, readings, ctx) : presentSentence(f, ctx));
  });
  for (const f of plan.uncertain) out.push(hedgedSentence(f, ctx));
  return out;
}

function contralateral(plan: ReportPlan, pools: PoolSet, ctx: WriteContext): Sentence[] {
  const lateral = plan.present.find(
    (f: FindingInstance) => (f.spec.id === 'D010996' || f.spec.id === 'D011030') && (f.side === 'left' || f.side === 'right'),
  );
  if (!lateral || !ctx.rng.chance(0.3)) return [];
  const spec = pools.negatable.find((n) => n.id === lateral.spec.id)!;
  return [contralateralNegation(spec, lateral.side === 'left' ? 'right' : 'left', ctx)];
}

function findingsBody(plan: ReportPlan, pools: PoolSet, ctx: WriteContext): Sentence[] {
  const { rng } = ctx;
  const groups = new Set([...plan.present, ...plan.uncertain].map((f) => f.spec.group));
  const lungInvolved = [...groups].some((g) => LUNG_GROUPS.has(g));
  const blocks: Sentence[][] = [];
  const devices = plan.devices.map((d) => deviceSentence(d, rng));
  if (plan.removedDevice) devices.push(removedDeviceSentence(plan.removedDevice, rng));
  if (devices.length > 0) ctx.count('device');
  const findings = [
    ...findingSentences(plan, ctx, false),
    ...contralateral(plan, pools, ctx),
    ...plan.resolved.map((r) => resolvedSentence(r, ctx)),
  ];
  const normals: Sentence[] = [];
  if (!lungInvolved && rng.chance(0.85)) normals.push(lungsClear(rng));
  if (![...groups].some((g) => HEART_GROUPS.has(g)) && rng.chance(0.8)) normals.push(heartNormal(rng));
  for (let i = rng.int(0, 2); i > 0; i--) normals.push(otherNormal(rng));
  const negations = plan.negatedLists.map((items) => negatedList(items, ctx));
  if (plan.lowVolumes)
    blocks.push([
      sentence(rng.pick(['', 'There are']), observation(rng.pick(LOW_LUNG_VOLUMES.forms), LOW_LUNG_VOLUMES.id, 'PRESENT', ctx)),
    ]);
  if (devices.length > 0 && rng.chance(0.7)) blocks.push(devices);
  blocks.push(findings);
  const rest = rng.shuffle([...negations, ...normals.map((n) => [n])]);
  blocks.push(...rest);
  if (devices.length > 0 && !blocks.includes(devices)) blocks.push(devices);
  return blocks.flat();
}

function impressionBody(plan: ReportPlan, pools: PoolSet, ctx: WriteContext, tok: string): Sentence[] {
  const { rng } = ctx;
  if (plan.normal) {
    const out: Sentence[] = [[rng.pick(NORMAL_IMPRESSIONS)]];
    const pna = pools.negatable.find((n) => n.id === 'D011014')!;
    if (rng.chance(0.2)) out.push(negatedList([pna], ctx)[0]);
    return out;
  }
  const main = findingSentences({ ...plan, present: plan.present.slice(0, 3) }, ctx, true);
  const out = rng.chance(0.25) ? main.slice(0, 1) : main;
  if (plan.devices.length > 0 && rng.chance(0.4))
    out.push(rng.chance(0.5) ? linesAndTubesSentence(rng) : deviceSentence(plan.devices[0], rng));
  if (rng.chance(0.25))
    out.push([rng.pick(['Otherwise, no acute cardiopulmonary process.', 'No other acute abnormality.', 'Otherwise unremarkable.'])]);
  if (plan.present.some((f) => CRITICAL.has(f.spec.id)) && rng.chance(0.6)) out.push([header.notification(rng, tok)]);
  return out;
}

export interface Composed {
  drafts: SectionDraft[];
  style: RenderStyle;
}

export function composeReport(plan: ReportPlan, pools: PoolSet, rng: Rng, count: (p: PatternFamily) => void): Composed {
  const ctx: WriteContext = { rng, typoRate: 0.025, count };
  const iu = rng.chance(0.35);
  const tok = iu ? 'XXXX' : '___';
  const headerless = rng.chance(0.08);
  const allCaps = rng.chance(0.08);
  const findings = findingsBody(plan, pools, ctx);
  const impression = impressionBody(plan, pools, ctx, tok);
  const style: RenderStyle = {
    headerBreak: rng.pick([' ', ' ', '\n', '\n \n', '  ']),
    sectionBreak: rng.pick(['\n\n', '\n \n', '\n', '\n\n']),
    sentenceJoin: randomJoin(rng),
    preamble: !iu && rng.chance(0.3) ? '                                 FINAL REPORT\n' : '',
    allCaps,
    wrapAt: !iu && rng.chance(0.4) ? rng.int(60, 78) : null,
  };
  if (allCaps) count('allCaps');
  if (headerless) {
    count('noHeader');
    return { drafts: [{ name: 'BODY', header: null, body: [...findings, ...(plan.normal && rng.chance(0.5) ? [] : impression)] }], style };
  }
  const drafts: SectionDraft[] = [];
  if (rng.chance(0.85))
    drafts.push({
      name: 'EXAMINATION',
      header: rng.pick(iu ? ['EXAM:', 'EXAMINATION:'] : ['EXAMINATION:', 'EXAMINATION:', 'EXAM:']),
      body: header.examination(rng, plan.portable, tok),
    });
  drafts.push({
    name: 'INDICATION',
    header: rng.pick(['INDICATION:', 'INDICATION:', 'HISTORY:', 'CLINICAL HISTORY:', 'CLINICAL INFORMATION:']),
    body: header.indication(rng, tok),
  });
  if (!iu && rng.chance(0.7)) drafts.push({ name: 'TECHNIQUE', header: 'TECHNIQUE:', body: header.technique(rng, plan.portable) });
  drafts.push({
    name: 'COMPARISON',
    header: rng.pick(['COMPARISON:', 'COMPARISON:', 'COMPARISONS:']),
    body: header.comparison(rng, plan.hasPrior, tok),
  });
  const impressionOnly = rng.chance(0.1);
  if (!impressionOnly) drafts.push({ name: 'FINDINGS', header: 'FINDINGS:', body: findings });
  const body = impressionOnly ? findings : impression;
  const numbered = body.length >= 2 && rng.chance(0.4);
  if (numbered) count('numberedImpression');
  drafts.push({ name: 'IMPRESSION', header: rng.pick(['IMPRESSION:', 'IMPRESSION:', 'IMPRESSION:\n']).trimEnd(), body, numbered });
  return { drafts, style };
}
