/**
 * Unannotated sections: examination, indication/history, technique, comparison. The
 * indication names findings freely ("r/o pneumonia"): they are reasons for the study,
 * not statements about the image, and are never spanned.
 */
import type { Rng } from '../random';

const SEX = [
  ['man', 'male', 'M'],
  ['woman', 'female', 'F'],
] as const;
const REASONS = [
  'cough',
  'shortness of breath',
  'fever',
  'chest pain',
  'dyspnea',
  'hypoxia',
  'productive cough and fever',
  'r/o pneumonia',
  'eval for pneumonia',
  'evaluate for pneumothorax',
  'eval for effusion',
  'CHF exacerbation',
  'pleural effusion',
  'SOB',
  'new O2 requirement',
  'line placement',
  's/p NG tube placement',
  'ETT placement',
  'fall',
  'trauma',
  'preoperative evaluation',
  'weakness',
  'altered mental status',
  'hemoptysis',
  'known lung mass',
  'history of COPD',
  'sepsis',
  'tachypnea',
  'leukocytosis',
  's/p CABG',
  'interval change',
  'follow-up pneumonia',
  'assess for edema',
  'pulmonary nodule follow-up',
  'aspiration',
  'wheezing',
] as const;

export function examination(rng: Rng, portable: boolean, tok: string): string {
  if (portable)
    return rng.pick([
      'CHEST (PORTABLE AP)',
      'Chest portable AP',
      'PORTABLE CHEST',
      'Chest radiograph, portable AP view',
      `${tok} portable chest`,
    ]);
  return rng.pick([
    'CHEST (PA AND LAT)',
    'Chest PA and lateral',
    'CHEST 2 VIEWS PA AND LATERAL',
    'Chest radiograph, 2 views',
    `${tok} PA and lateral chest`,
    'CHEST (PA AND LAT)',
    'Xray Chest PA and Lateral',
  ]);
}

export function indication(rng: Rng, tok: string): string {
  const [man, male, m] = rng.pick(SEX);
  const age = rng.chance(0.6) ? tok : String(rng.int(19, 96));
  const reason = rng.pick(REASONS);
  switch (rng.int(0, 6)) {
    case 0:
      return `${age}-year-old ${man} with ${reason}.`;
    case 1:
      return `${age} year old ${male} with ${reason} and ${rng.pick(REASONS)}`;
    case 2:
      return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
    case 3:
      return `${age}${m} with ${reason}, ${rng.pick(REASONS)}. Evaluate for ${rng.pick(['pneumonia', 'effusion', 'pneumothorax', 'edema', 'interval change'])}.`;
    case 4:
      return `${tok}-year-old ${male} ${rng.pick(['s/p', 'status post'])} ${rng.pick(['CABG', 'fall', 'line placement', 'intubation'])}. ${rng.pick(['Eval for ptx.', 'Please assess.', 'Assess tube position.', ''])}`.trim();
    case 5:
      return `History: ${reason}. ${rng.pick(['r/o infiltrate', 'r/o CHF', 'eval for pna', 'question pneumonia'])}`;
    default:
      return `${rng.pick(['Patient with', 'Pt with', 'History of'])} ${reason}.`;
  }
}

export function technique(rng: Rng, portable: boolean): string {
  if (portable)
    return rng.pick([
      'Single portable AP view of the chest.',
      'Portable AP chest radiograph.',
      'Single frontal view of the chest.',
      'AP portable upright view of the chest.',
      'Semi-upright AP view of the chest.',
    ]);
  return rng.pick([
    'PA and lateral views of the chest.',
    'Chest PA and lateral radiograph.',
    'Frontal and lateral views of the chest.',
    'PA and lateral chest radiographs were obtained.',
  ]);
}

/** null: no prior study (the report then uses no interval-change language). */
export function comparison(rng: Rng, hasPrior: boolean, tok: string): string {
  if (!hasPrior) return rng.pick(['None.', 'None available.', 'No prior studies.', 'None']);
  return rng.pick([
    tok,
    `${tok}.`,
    `Chest radiograph from ${tok}.`,
    `Prior study dated ${tok}.`,
    `Multiple prior radiographs, most recent ${tok}.`,
    `Comparison is made to prior study from ${tok}.`,
    `PA and lateral chest radiograph ${tok}`,
    `CT chest from ${tok}.`,
  ]);
}

/** The physician-notification line of critical results (de-identification tokens included). */
export function notification(rng: Rng, tok: string): string {
  if (tok === 'XXXX')
    return rng.pick(['Critical result notification documented through XXXX.', 'These findings were called to XXXX at XXXX.']);
  return rng.pick([
    `Findings were discussed with Dr. ${tok} by telephone at ${rng.int(1, 12)}:${rng.pick(['05', '15', '30', '45'])} ${rng.pick(['am', 'pm'])} on ${tok}.`,
    `The findings were communicated to Dr. ${tok} at ${tok} on ${tok} by ${tok} via telephone.`,
    `Dr. ${tok} was notified of the findings by Dr. ${tok} at ${tok}.`,
  ]);
}
