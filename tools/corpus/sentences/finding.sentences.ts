/** Sentences asserting, comparing, hedging or resolving planned findings. */
import { INTERPRETATION_FORMS } from '../pools/interpretation.pool';
import { list, sentence, type Part, type Sentence } from '../text-parts';
import { articleFor, headOf, nounPhrase, observation, predicatePhrase, type FindingInstance, type WriteContext } from './finding.phrase';

const be = (plural: boolean): string => (plural ? 'are' : 'is');
const has = (plural: boolean): string => (plural ? 'have' : 'has');

/** One PRESENT finding, with its interval change when the study has a comparison. */
export function presentSentence(inst: FindingInstance, ctx: WriteContext): Sentence {
  const { rng } = ctx;
  if (inst.spec.predicate && inst.change === 'none' && rng.chance(0.4)) {
    ctx.count('predicate');
    return sentence(predicatePhrase(inst, ctx));
  }
  const np = nounPhrase(inst, ctx);
  const a = articleFor(np, headOf(np));
  const p = np.plural;
  switch (inst.change) {
    case 'stable': {
      ctx.count('comparison');
      const k = rng.int(0, 9);
      if (k <= 1) {
        ctx.count('pseudoNegation');
        return sentence(
          rng.pick(['Stable', 'Unchanged', 'Persistent']),
          np.parts,
          rng.pick([', no significant change', ', without significant interval change', ' with no significant change']),
        );
      }
      if (k === 2) {
        ctx.count('pseudoNegation');
        return sentence('No significant change in the', np.parts);
      }
      if (k === 3) return sentence(np.parts, be(p), rng.pick(['unchanged', 'stable', 'not significantly changed', 'similar to prior']));
      if (k === 4) return sentence(np.parts, be(p), 'again seen');
      if (k === 5)
        return sentence(np.parts, rng.pick([', unchanged from prior', ', unchanged since ___', ', stable compared to the prior study']));
      return sentence(rng.pick(['Stable', 'Unchanged', 'Persistent', 'Redemonstrated']), np.parts);
    }
    case 'improved':
      ctx.count('comparison');
      return rng.chance(0.5)
        ? sentence(rng.pick(['Interval improvement in', 'Decreased', 'Slightly decreased', 'Improving', 'Slightly improved']), np.parts)
        : sentence(np.parts, has(p), rng.pick(['slightly decreased', 'decreased in size', 'improved', 'minimally improved']));
    case 'worse':
      ctx.count('comparison');
      return rng.chance(0.5)
        ? sentence(rng.pick(['Slightly increased', 'Increased', 'Interval increase in', 'Worsening', 'Enlarging']), np.parts)
        : sentence(
            np.parts,
            has(p),
            rng.pick(['increased', 'slightly increased', 'worsened', 'progressed']),
            rng.pick(['', 'since the prior study', 'compared to ___']),
          );
    case 'new':
      ctx.count('comparison');
      return rng.chance(0.6)
        ? sentence(rng.pick(['New', 'Interval development of', 'Interval appearance of']), np.parts)
        : sentence(np.parts, be(p), rng.pick(['new', 'new since the prior exam', 'new compared to ___']));
    default: {
      const k = rng.int(0, 7);
      if (k <= 2) return sentence(np.parts);
      if (k === 3) return sentence(p ? 'There are' : 'There is', a, np.parts);
      if (k === 4) return sentence(np.parts, be(p), rng.pick(['noted', 'seen', 'present', 'demonstrated', 'identified']));
      if (k === 5) return sentence('Note is made of', a, np.parts);
      if (k === 6) return sentence(a, np.parts, be(p), rng.pick(['present', 'noted', 'seen']));
      return sentence(rng.pick(['There is', 'There is evidence of', 'Findings include']), a, np.parts);
    }
  }
}

/** Two or three findings in one sentence ("Small bilateral pleural effusions with bibasilar atelectasis."). */
export function multiSentence(items: readonly FindingInstance[], ctx: WriteContext): Sentence {
  const nps = items.map((inst) => nounPhrase(inst, ctx));
  const parts = nps.map((np) => np.parts);
  if (parts.length === 2 && ctx.rng.chance(0.5))
    return sentence(parts[0], ctx.rng.pick(['with', 'and', 'with associated', 'as well as']), parts[1]);
  const joined = list(parts, 'and', ctx.rng.chance(0.5));
  return ctx.rng.chance(0.5) ? sentence(joined) : sentence(joined, 'are', ctx.rng.pick(['present', 'noted', 'seen']));
}

function interpretationList(ids: readonly string[], ctx: WriteContext): Part[] {
  const items = ids.map((id) => [observation(ctx.rng.pick(INTERPRETATION_FORMS[id]), id, 'UNCERTAIN', ctx)] as Part[]);
  return list(items, ctx.rng.chance(0.25) && items.length === 2 ? 'versus' : 'or', ctx.rng.chance(0.5));
}

/** A PRESENT finding with a hedged reading ("…, which may represent atelectasis or pneumonia"). */
export function interpretedSentence(inst: FindingInstance, readings: readonly string[], ctx: WriteContext): Sentence {
  ctx.count('hedge');
  const np = nounPhrase(inst, ctx);
  const reads = interpretationList(readings, ctx);
  switch (ctx.rng.int(0, 7)) {
    case 0:
      return sentence(np.parts, ', which may represent', reads);
    case 1:
      return sentence(np.parts, ', concerning for', reads);
    case 2:
      return sentence(np.parts, ctx.rng.pick([', likely', ', likely reflecting', ', most likely']), reads);
    case 3:
      return sentence(np.parts, ctx.rng.pick(['could reflect', 'may reflect', 'is suggestive of']), reads);
    case 4:
      return sentence(np.parts, ', suspicious for', reads);
    case 5:
      return sentence(np.parts, ctx.rng.pick(['; differential includes', ', possibly']), reads);
    case 6:
      return sentence(np.parts, ', question of', reads);
    default:
      return sentence(np.parts, ctx.rng.pick([', atelectasis versus', ', which could represent']), reads);
  }
}

/** An UNCERTAIN finding on its own ("Possible small left pleural effusion."). */
export function hedgedSentence(inst: FindingInstance, ctx: WriteContext): Sentence {
  ctx.count('hedge');
  const np = nounPhrase(inst, ctx);
  const a = articleFor(np, headOf(np));
  const p = np.plural;
  switch (ctx.rng.int(0, 8)) {
    case 0:
      return sentence('Possible', np.parts);
    case 1:
      return sentence(ctx.rng.pick(['Cannot exclude', 'Cannot rule out', 'Difficult to exclude']), a, np.parts);
    case 2:
      return sentence(np.parts, be(p), ctx.rng.pick(['not excluded', 'not entirely excluded']));
    case 3:
      return sentence(ctx.rng.pick(['Question of', 'Suggestion of', 'Possible early']), a, np.parts);
    case 4:
      return sentence(np.parts, ctx.rng.pick(['cannot be excluded', 'cannot be entirely excluded', 'is not excluded']));
    case 5:
      return sentence(ctx.rng.pick(['There may be', 'There is possibly']), a, np.parts);
    case 6:
      return sentence(ctx.rng.pick(['Probable', 'Likely', 'Suspected']), np.parts);
    case 7:
      return sentence(ctx.rng.pick(['Findings may represent', 'Findings could reflect', 'Appearance is suggestive of']), a, np.parts);
    default:
      return sentence(np.parts, be(p), ctx.rng.pick(['possible', 'questioned', 'suspected']));
  }
}

/** A finding seen before and gone now: ABSENT ("Interval resolution of the left pleural effusion."). */
export function resolvedSentence(inst: FindingInstance, ctx: WriteContext): Sentence {
  ctx.count('resolved');
  const np = nounPhrase(inst, ctx, false);
  const p = np.plural;
  switch (ctx.rng.int(0, 4)) {
    case 0:
      return sentence('Interval resolution of the', ctx.rng.pick(['', 'previously seen', 'previously noted']), np.parts);
    case 1:
      return sentence('The previously', ctx.rng.pick(['seen', 'noted', 'described']), np.parts, has(p), 'resolved');
    case 2:
      return sentence(
        ctx.rng.pick(['Previously seen', 'Previously noted']),
        np.parts,
        be(p),
        ctx.rng.pick(['no longer seen', 'no longer visualized', 'no longer present']),
      );
    case 3:
      return sentence(np.parts, has(p), ctx.rng.pick(['resolved', 'cleared']));
    default:
      return sentence('Resolution of', ctx.rng.pick(['the', 'previously seen']), np.parts);
  }
}
