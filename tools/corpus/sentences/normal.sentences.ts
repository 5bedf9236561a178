/**
 * Normal statements by organ system. Anatomy is spanned (ANAT-DP); normal descriptors
 * ("clear", "within normal limits", "unremarkable") are not: see docs/corpus.md.
 */
import type { Rng } from '../random';
import { sentence, type Sentence } from '../text-parts';
import { anatAdjective, anatNoun } from './anatomy.parts';

export function lungsClear(rng: Rng): Sentence {
  switch (rng.int(0, 5)) {
    case 0:
      return sentence('The', anatNoun('lungs', rng), 'are clear');
    case 1:
      return sentence(anatNoun('lungs', rng), rng.pick(['are clear bilaterally', 'are clear', 'are well expanded and clear']));
    case 2:
      return sentence('The', anatNoun('lungs', rng), 'are', rng.pick(['well aerated', 'well inflated and clear', 'grossly clear']));
    case 3:
      return sentence('Clear', anatNoun('lungs', rng));
    case 4:
      return sentence('The', anatNoun('lungs', rng), 'are clear');
    default:
      return sentence('Both', anatNoun('lungs', rng), 'are clear');
  }
}

export function heartNormal(rng: Rng): Sentence {
  switch (rng.int(0, 8)) {
    case 0:
      return sentence('The', anatNoun('cms', rng), 'is within normal limits');
    case 1:
      return sentence(anatNoun('heart', rng), 'size is normal');
    case 2:
      return sentence('The', anatNoun('heart', rng), 'is normal in size');
    case 3:
      return sentence('Normal', anatNoun('cms', rng));
    case 4:
      return sentence(
        'The',
        anatAdjective('heart', rng),
        'and',
        anatAdjective('mediastinum', rng),
        'contours are',
        rng.pick(['normal', 'within normal limits', 'unremarkable']),
      );
    case 5:
      return sentence(anatNoun('heart', rng), 'size and', anatNoun('vasculature', rng), 'appear within normal limits');
    case 6:
      return sentence('The', anatNoun('cms', rng), 'is', rng.pick(['unremarkable', 'stable', 'normal']));
    case 7:
      return sentence(anatNoun('heart', rng), 'and', anatNoun('mediastinum', rng), 'are unremarkable');
    default:
      return sentence('The', anatNoun('cardiacSilhouette', rng), 'is', rng.pick(['normal in size', 'within normal limits']));
  }
}

export function otherNormal(rng: Rng): Sentence {
  switch (rng.int(0, 6)) {
    case 0:
      return sentence('The', anatNoun('bones', rng), 'are', rng.pick(['intact', 'unremarkable', 'grossly intact']));
    case 1:
      return sentence('Visualized', anatNoun('bones', rng), 'are', rng.pick(['unremarkable', 'grossly intact']));
    case 2:
      return sentence('The', anatAdjective('hila', rng), 'contours are', rng.pick(['normal', 'unremarkable']));
    case 3:
      return sentence(anatNoun('vasculature', rng), 'is', rng.pick(['normal', 'within normal limits', 'not engorged']));
    case 4:
      return sentence('The', anatNoun('softTissues', rng), 'are unremarkable');
    case 5:
      return sentence('The visualized', anatNoun('upperAbdomen', rng), 'is unremarkable');
    default:
      return sentence('The', anatNoun('hila', rng), 'are', rng.pick(['normal', 'unremarkable']));
  }
}

/** Normal impressions: not spanned (no finding is named). */
export const NORMAL_IMPRESSIONS: readonly string[] = [
  'No acute cardiopulmonary process.',
  'No acute cardiopulmonary abnormality.',
  'No acute intrathoracic process.',
  'Normal chest radiograph.',
  'No radiographic evidence of acute cardiopulmonary disease.',
  'No acute disease.',
  'Normal chest.',
  'No acute cardiopulmonary findings.',
  'No evidence of acute cardiopulmonary process.',
  'Negative chest radiograph.',
];
