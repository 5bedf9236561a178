/** Negated lists of varying length and order, pre- and post-negated; every item ABSENT. */
import type { NegatableSpec } from '../pools/negation.pool';
import { list, sentence, type Part, type Sentence } from '../text-parts';
import { observation, type WriteContext } from './finding.phrase';

function item(spec: NegatableSpec, ctx: WriteContext, qualify: boolean): Part[] {
  const qualifier = qualify && spec.qualifiers ? ctx.rng.pick(spec.qualifiers) : '';
  const mention = observation(ctx.rng.pick(spec.forms), spec.id, 'ABSENT', ctx);
  return qualifier ? [qualifier, ' ', mention] : [mention];
}

/** One or more sentences negating `specs` (already chosen and ordered). */
export function negatedList(specs: readonly NegatableSpec[], ctx: WriteContext): Sentence[] {
  const { rng } = ctx;
  ctx.count('negatedList');
  if (specs.length >= 4) ctx.count('longNegatedList');
  const firstQualified = rng.chance(0.6);
  const items = specs.map((s, i) => item(s, ctx, i === 0 ? firstQualified : rng.chance(0.15)));
  const joined = list(items, 'or', rng.chance(0.6));
  const k = rng.int(0, 11);
  if (specs.length >= 3 && k === 0) return items.map((i) => sentence('No', i));
  if (k <= 3) return [sentence('No', joined)];
  if (k === 4) return [sentence('There is no', joined)];
  if (k === 5) return [sentence(rng.pick(['No evidence of', 'There is no evidence of', 'No radiographic evidence of']), joined)];
  if (k === 6) return [sentence(rng.pick(['Negative for', 'No definite', 'No convincing signs of']), joined)];
  if (k === 7 || k === 8) {
    ctx.count('postNegation');
    return [sentence('No', joined, rng.pick(['is seen', 'is identified', 'is detected', 'is appreciated', 'is evident']))];
  }
  ctx.count('postNegation');
  const verb = specs.length > 1 || /s$/.test(specs[0].forms[0]) ? 'are' : 'is';
  return [sentence(joined, verb, rng.pick(['not seen', 'not identified', 'not appreciated', 'not present', 'absent']))];
}

/** "No right pleural effusion." after a left one: a side-specific negation. */
export function contralateralNegation(spec: NegatableSpec, side: 'left' | 'right', ctx: WriteContext): Sentence {
  ctx.count('negatedList');
  return sentence(
    ctx.rng.pick(['No', 'No definite']),
    side,
    observation(ctx.rng.pick(spec.forms.filter((f) => !/s$/.test(f))), spec.id, 'ABSENT', ctx),
    ctx.rng.pick(['', 'is seen']),
  );
}
