/** A planned finding and the noun phrase that names it, modifiers included. */
import type { Assertion } from '../../../src/shared/core/assertion';
import type { PatternFamily } from '../corpus.types';
import type { AnatomyKey } from '../pools/anatomy.pool';
import type { FindingSpec } from '../pools/finding.types';
import type { Rng } from '../random';
import { obs, type Mention, type Part } from '../text-parts';
import { misspell } from '../typos';
import { anatAdjective, anatNoun, sideWord, type Side } from './anatomy.parts';
import type { LungLocation } from './lung-locations';

export type Change = 'none' | 'stable' | 'improved' | 'worse' | 'new';

export interface FindingInstance {
  spec: FindingSpec;
  assertion: Assertion;
  side: Side | null;
  location: LungLocation | null;
  anchor: AnatomyKey | null;
  severity: string | null;
  size: string | null;
  plural: boolean;
  change: Change;
}

export interface WriteContext {
  rng: Rng;
  typoRate: number;
  count(pattern: PatternFamily): void;
}

export interface NounPhrase {
  parts: Part[];
  plural: boolean;
}

/** An observation mention, misspelt at the context's rate (the concept stays the intended one). */
export function observation(text: string, conceptId: string, assertion: Assertion, ctx: WriteContext): Mention {
  if (ctx.rng.chance(ctx.typoRate)) {
    const typo = misspell(text, ctx.rng);
    if (typo !== null) {
      ctx.count('typo');
      return obs(typo, conceptId, assertion, true);
    }
  }
  return obs(text, conceptId, assertion);
}

const COUNTABLE =
  /(effusion|opacity|nodule|mass|lesion|pneumothorax|granuloma|hernia|fracture|density|infiltrate|angle|cap|plaque|aorta|heart|silhouette|cavity|deformity|curvature|lobe|hemidiaphragm)$/i;

/** "a"/"an" for a singular countable phrase, '' otherwise. */
export function articleFor(np: NounPhrase, head: string): string {
  if (np.plural || !COUNTABLE.test(head)) return '';
  const first = np.parts
    .map((p) => (typeof p === 'string' ? p : p.text))
    .join('')
    .trim();
  return /^([aeiou]|8|11 |18 )/i.test(first) ? 'an' : 'a';
}

export function headOf(np: NounPhrase): string {
  for (let i = np.parts.length - 1; i >= 0; i--) {
    const p = np.parts[i];
    if (typeof p !== 'string' && p.label !== 'ANAT-DP') return p.text;
  }
  return '';
}

export function nounPhrase(inst: FindingInstance, ctx: WriteContext, withModifiers = true): NounPhrase {
  const { rng } = ctx;
  const spec = inst.spec;
  const plural = inst.plural && spec.plurals !== undefined;
  const form = plural ? rng.pick(spec.plurals!) : rng.pick(spec.forms);
  const mention = observation(form, spec.id, inst.assertion, ctx);
  const severity = withModifiers && inst.severity ? [adjustSeverity(inst.severity, form)] : [];
  const size = withModifiers && inst.size ? [inst.size] : [];
  if (size.length > 0) ctx.count('size');
  const out: Part[] = [];
  const push = (...parts: Part[]): void => {
    for (const part of parts) {
      if (out.length > 0 && !(typeof part === 'string' && /^[\s,]/.test(part))) {
        const prev = out[out.length - 1];
        const prevText = typeof prev === 'string' ? prev : prev.text;
        if (!/\s$/.test(prevText)) out.push(' ');
      }
      out.push(part);
    }
  };
  switch (spec.site) {
    case 'lung': {
      const loc = inst.location;
      const pre = loc && withModifiers && rng.chance(0.6) ? loc.pre(rng) : null;
      push(...size, ...severity);
      if (pre) push(...pre, mention);
      else {
        push(mention);
        if (loc && (withModifiers || rng.chance(0.5))) push(...loc.post(rng));
      }
      break;
    }
    case 'pleural':
      push(...severity);
      if (inst.side && (withModifiers || rng.chance(0.6))) {
        if (inst.side !== 'bilateral' && rng.chance(0.12)) push('layering');
        push(sideWord(inst.side, rng));
      }
      push(mention);
      break;
    case 'pneumothorax':
      push(...severity);
      if (inst.side) push(sideWord(inst.side === 'bilateral' ? 'right' : inst.side, rng));
      if (withModifiers && rng.chance(0.3)) push(anatAdjective(rng.chance(0.8) ? 'apex' : 'base', rng));
      push(mention);
      break;
    case 'anchored': {
      push(...size, ...severity, mention);
      const key = inst.anchor ?? spec.anchors![0];
      const lateral = key === 'rib' || key === 'clavicle' || key === 'chestWall';
      push(
        rng.pick(key === 'chestWall' || key === 'softTissues' ? ['in the', 'of the', 'along the'] : ['of the', 'in the', 'involving the']),
      );
      if (lateral) push(rng.pick(['left', 'right']));
      push(anatNoun(key, rng));
      break;
    }
    default:
      push(...size, ...severity, mention);
  }
  return { parts: out, plural: isPluralForm(form) };
}

/** Grammatical number from the head noun: "blunting of the costophrenic angles" is singular. */
function isPluralForm(form: string): boolean {
  const head = form.split(' of ')[0].split(' ').pop()!;
  return (/s$/.test(head) && !/(sis|us|ss|xis)$/.test(head)) || /^(bullae|granulomata|hila|apices)$/.test(head);
}

/** "mild" before "enlarged cardiac silhouette" reads "mildly enlarged cardiac silhouette". */
function adjustSeverity(severity: string, form: string): string {
  if (/^(\w+ed|prominent)\b/.test(form) && /^(mild|moderate|severe|marked|slight)$/.test(severity)) return `${severity}ly`;
  return severity;
}

/** "The right hemidiaphragm is elevated", "Heart size is mildly enlarged", "Eventration of the left hemidiaphragm". */
export function predicatePhrase(inst: FindingInstance, ctx: WriteContext): Part[] {
  const { rng } = ctx;
  const p = inst.spec.predicate!;
  const word = rng.pick(p.words);
  const mention = observation(word, inst.spec.id, inst.assertion, ctx);
  const side = p.lateral ? [inst.side === 'left' ? 'left' : 'right'] : [];
  if (/ion$/.test(word)) return [mention, ' of the ', ...side.map((s) => `${s} `), anatNoun(p.anatomy, rng)];
  const subject = anatNoun(p.anatomy, rng);
  const copula = p.plural ? 'are' : 'is';
  const degree = inst.severity && !/ /.test(word) && /^(mild|moderate|severe|marked)$/.test(inst.severity) ? `${inst.severity}ly ` : '';
  if (p.anatomy === 'heart' && rng.chance(0.5)) return [subject, ` size is ${degree}`, mention];
  return [rng.pick(['The ', 'The ', '']), ...side.map((s) => `${s} `), subject, ` ${copula} ${degree}`, mention];
}
