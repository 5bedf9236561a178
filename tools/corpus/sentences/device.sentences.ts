/** Device statements with positions ("Right IJ line terminates in the mid SVC."). */
import type { Assertion } from '../../../src/shared/core/assertion';
import { DEVICES, LEAD, LINES_AND_TUBES, PACER_LEAD, type DeviceSpec } from '../pools/device.pool';
import type { Rng } from '../random';
import { obs, sentence, type Part, type Sentence } from '../text-parts';
import { anatNoun } from './anatomy.parts';

export interface DeviceInstance {
  spec: DeviceSpec;
  side: 'left' | 'right';
}

function device(inst: DeviceInstance, rng: Rng, assertion: Assertion = 'PRESENT', sided = true): Part[] {
  const mention = obs(rng.pick(inst.spec.forms), inst.spec.id, assertion);
  if (!sided || !inst.spec.sided || rng.chance(0.25)) return [mention];
  return [rng.pick([inst.side, `${inst.side}-sided`, inst.side]), ' ', mention];
}

const TIP = ['terminates in', 'ends in', 'has its tip in', 'tip projects over', 'tip is in', 'is positioned with tip in', 'extends to'];

function central(rng: Rng): Part[] {
  switch (rng.int(0, 4)) {
    case 0:
    case 1:
      return [rng.pick(['the mid', 'the distal', 'the upper', 'the low', 'the']), ' ', anatNoun('svc', rng)];
    case 2:
      return ['the ', anatNoun('caj', rng)];
    case 3:
      return ['the right ', anatNoun('atrium', rng)];
    default:
      return ['the ', rng.pick(['left', 'right']), ' ', anatNoun('brachiocephalic', rng)];
  }
}

export function deviceSentence(inst: DeviceInstance, rng: Rng): Sentence {
  const d = device(inst, rng);
  switch (inst.spec.placement) {
    case 'airway':
      if (rng.chance(0.1))
        return sentence(
          d,
          'terminates in the right',
          anatNoun('mainstem', rng),
          rng.pick(['and should be withdrawn', ', recommend retraction by 2 cm']),
        );
      return rng.chance(0.7)
        ? sentence(
            d,
            rng.pick(['terminates', 'is in standard position,', 'tip is', 'is seen']),
            `${rng.int(2, 7)}${rng.pick(['', '.5'])} cm above the`,
            anatNoun('carina', rng),
          )
        : sentence(d, rng.pick(['is in standard position', 'is in appropriate position', 'is unchanged in position']));
    case 'enteric':
      switch (rng.int(0, 3)) {
        case 0:
          return rng.chance(0.5)
            ? sentence(d, 'courses below the', anatNoun('diaphragm', rng), rng.pick(['with tip out of view', ', tip not seen', '']))
            : sentence(d, 'courses below the', anatNoun('diaphragm', rng), 'and terminates in the', anatNoun('stomach', rng));
        case 1:
          return sentence(
            d,
            rng.pick(['tip is in the', 'terminates in the', 'extends into the', 'courses into the']),
            anatNoun('stomach', rng),
          );
        case 2:
          return sentence(
            d,
            'extends below the',
            anatNoun('diaphragm', rng),
            'into the',
            anatNoun(rng.chance(0.8) ? 'stomach' : 'duodenum', rng),
          );
        default:
          return sentence(d, rng.pick(['is in appropriate position', 'is in standard position', 'is unchanged in position']));
      }
    case 'central':
      return sentence(d, rng.pick(TIP), central(rng));
    case 'cied': {
      const lead = rng.chance(0.5) ? LEAD : PACER_LEAD;
      const leads = obs(rng.pick(lead.plural), lead.id, 'PRESENT');
      return rng.chance(0.7)
        ? sentence(d, 'with', leads, 'in the right', anatNoun('atrium', rng), 'and right', anatNoun('ventricle', rng))
        : sentence(
            d,
            'with',
            obs(rng.pick(lead.singular), lead.id, 'PRESENT'),
            rng.pick(['terminating in', 'in', 'extending to']),
            'the right',
            anatNoun('ventricle', rng),
          );
    }
    case 'wires':
      return rng.chance(0.6)
        ? sentence(rng.pick(['Intact', '']), d, rng.pick(['', 'are intact', 'are again noted', 'are in place']))
        : sentence('Status post median sternotomy with intact', d);
    case 'chestTube':
      return sentence(
        d,
        rng.pick(['is in place with tip at the', 'terminates at the', 'with tip projecting over the']),
        rng.pick(['', `${inst.side} `]),
        anatNoun('apex', rng),
      );
    case 'trach':
      return sentence(d, rng.pick(['is in standard position', 'is in place', 'is midline', 'is unchanged']));
    case 'swan':
      return sentence(d, rng.pick(TIP), 'the', rng.pick(['right', 'left', 'main']), anatNoun('pulmonaryArtery', rng));
    case 'leads':
      return sentence(rng.pick(['Overlying', 'External']), d, rng.pick(['', 'are noted', 'obscure detail']));
    case 'clips':
      return sentence(
        d,
        rng.pick(['are noted in the', 'project over the', 'in the']),
        rng.pick(['left', 'right']),
        anatNoun(rng.chance(0.5) ? 'axilla' : 'upperAbdomen', rng),
      );
    case 'balloon':
      return sentence(d, 'tip is', `${rng.int(1, 4)} cm below the`, anatNoun('aorticKnob', rng));
    default:
      return sentence(rng.pick(['', 'Again seen', 'Note is made of']), d, rng.pick(['', 'is present', 'is noted']));
  }
}

/** "Interval removal of the NG tube.": the device is ABSENT now. */
export function removedDeviceSentence(spec: DeviceSpec, rng: Rng): Sentence {
  const d = obs(rng.pick(spec.forms), spec.id, 'ABSENT');
  return rng.chance(0.5) ? sentence('Interval removal of the', d) : sentence('The', d, rng.pick(['has been removed', 'is no longer seen']));
}

export function linesAndTubesSentence(rng: Rng): Sentence {
  return sentence(
    obs(rng.pick(LINES_AND_TUBES.forms), LINES_AND_TUBES.id, 'PRESENT'),
    rng.pick(['in standard position', 'are in appropriate position', 'unchanged in position']),
  );
}

export function pickDevice(rng: Rng, icu: boolean): DeviceInstance {
  const spec = rng.weighted(DEVICES, (d) => d.weight * (icu ? (d.icu ? 3 : 1) : d.icu ? 0.3 : 1));
  return { spec, side: rng.chance(0.6) ? 'right' : 'left' };
}
